import Testing

/// Checks a value computed by a mutating call (`#expect` cannot wrap mutating calls).
func expectValue<T: Equatable>(
  _ actual: T, _ expected: T, sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual == expected, sourceLocation: sourceLocation)
}
