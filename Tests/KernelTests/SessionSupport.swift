import Kernel

/// Runs cells in one session and returns each result as the terminal shows it
/// (ASCII, no colour, 80 columns), so tests read like a transcript.
func transcript(_ cells: [String], style: String = "ascii", csv: Bool = false) -> [String] {
    var settings = Settings()
    settings.style = style == "ascii" ? .ascii : .unicode
    settings.csv = csv
    let session = Session(settings: settings)
    return cells.map { cell in
        let result = session.execute(cell)
        return result.output.map { TextRenderer(settings: session.settings).render($0) } ?? ""
    }
}

/// The output of one cell in a fresh session.
func show(_ cell: String, style: String = "ascii", csv: Bool = false) -> String {
    transcript([cell], style: style, csv: csv)[0]
}
