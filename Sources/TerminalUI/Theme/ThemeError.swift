/// A problem in a theme file, located by file, line and key.
public typealias ThemeError = FileProblem
