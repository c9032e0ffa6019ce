/// The pieces of `secret` (every run of 3 or more of its characters) that occur in `text`, shortest first; empty
/// when no fragment of the secret leaked. A leaked piece longer than 3 always contains a leaked piece of 3, so
/// checking those is enough.
public func leakedFragments(of secret: String, in text: String) -> [String] {
    let characters = Array(secret)
    guard characters.count >= 3 else { return text.contains(secret) ? [secret] : [] }
    return (0...(characters.count - 3)).map { String(characters[$0..<($0 + 3)]) }.filter { text.contains($0) }
}
