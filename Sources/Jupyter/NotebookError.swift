/// Why a notebook file could not be run.
public enum NotebookError: Error, Equatable, Sendable {
    /// The file is not JSON with a `cells` list (nbformat 4).
    case notANotebook

    public var description: String {
        "not a Jupyter notebook (nbformat 4 JSON with a \"cells\" list)"
    }
}
