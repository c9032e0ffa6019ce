import SQLSyntax

/// Builds indented Swift source text.
struct SourceWriter {
    private(set) var text = ""
    private var indent = 0

    mutating func line(_ content: String) {
        text += content.isEmpty ? "\n" : String(repeating: "    ", count: indent) + content + "\n"
    }

    /// A `///` doc comment line; names in `content` cannot end it (`singleLine`).
    mutating func docComment(_ content: String) { line("/// " + singleLine(content)) }

    mutating func raw(_ content: String) { text += content }

    mutating func block(_ header: String, _ body: (inout SourceWriter) -> Void) {
        line(header + " {")
        indent += 1
        body(&self)
        indent -= 1
        line("}")
    }
}
