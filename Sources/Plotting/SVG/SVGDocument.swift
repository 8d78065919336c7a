import Foundation

/// An SVG document under construction: elements appended in drawing order, numbers
/// written with two decimals, text escaped.
struct SVGDocument {
    let width: Double
    let height: Double
    private var elements: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    mutating func append(_ element: String) { elements.append(element) }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1,
                       dash: String? = nil, className: String? = nil) {
        append("<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + (className.map { " class=\"\($0)\"" } ?? "") + "/>")
    }

    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "middle", size: Double = 12,
                       className: String? = nil) {
        append("<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(n(size))\""
            + (className.map { " class=\"\($0)\"" } ?? "") + ">\(SVGDocument.escaped(content))</text>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
                       className: String? = nil) {
        append("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\"" } ?? "") + (className.map { " class=\"\($0)\"" } ?? "") + "/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String, className: String? = nil) {
        append("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\""
            + (className.map { " class=\"\($0)\"" } ?? "") + "/>")
    }

    /// A polyline through `points`; each inner array is drawn as one unbroken run.
    mutating func path(_ runs: [[(x: Double, y: Double)]], stroke: String, width: Double = 1.5, dash: String? = nil,
                       className: String? = nil) {
        let data = runs.filter { $0.count > 1 }.map { run in
            "M" + run.map { "\(n($0.x)) \(n($0.y))" }.joined(separator: " L")
        }.joined(separator: " ")
        guard !data.isEmpty else { return }
        append("<path d=\"\(data)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\" stroke-linejoin=\"round\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + (className.map { " class=\"\($0)\"" } ?? "") + "/>")
    }

    var text: String {
        let header = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" "
            + "viewBox=\"0 0 \(n(width)) \(n(height))\" font-family=\"sans-serif\">"
        return ([header, "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>"] + elements + ["</svg>"])
            .joined(separator: "\n") + "\n"
    }

    func n(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    static func escaped(_ text: String) -> String {
        Table.escaped(text)
    }
}
