import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a test reads back from an SVG document with Foundation's XML parser: whether
/// it is well-formed, the tick labels, the plot frame, and every drawn series point.
final class SVGReading: NSObject, XMLParserDelegate {
    private(set) var isWellFormed = false
    private(set) var xTicks: [String] = []
    private(set) var yTicks: [String] = []
    private(set) var frame: (left: Double, top: Double, right: Double, bottom: Double)?
    private(set) var seriesPoints: [(x: Double, y: Double)] = []
    private var textClass: String?
    private var text = ""

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        isWellFormed = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let className = attributes["class"] ?? ""
        switch name {
        case "rect" where className == "frame":
            let number = { Double(attributes[$0] ?? "") ?? .nan }
            frame = (number("x"), number("y"), number("x") + number("width"), number("y") + number("height"))
        case "path" where className.hasPrefix("series-"):
            let numbers = (attributes["d"] ?? "").split(whereSeparator: { " ML".contains($0) }).compactMap { Double($0) }
            seriesPoints += stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
        case "circle" where className.hasPrefix("series-"):
            seriesPoints.append((Double(attributes["cx"] ?? "") ?? .nan, Double(attributes["cy"] ?? "") ?? .nan))
        case "text":
            textClass = className
            text = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard name == "text" else { return }
        if textClass == "x-tick" { xTicks.append(text) }
        if textClass == "y-tick" { yTicks.append(text) }
        textClass = nil
    }
}
