import TerminalUI

/// A problem in the config file, located by file, line and key.
public typealias ConfigProblem = FileProblem
