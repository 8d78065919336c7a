/// How many samples each fitting step uses.
///
/// ```
/// full         B = all m samples, in data order, every step (batch gradient descent)
/// mini(k)      B = the next k samples of a shuffled order; the last batch of an epoch
///              may be smaller; the order is reshuffled at the start of every epoch
/// stochastic   mini(1)
/// ```
public enum BatchSize: Sendable, Equatable {
    case full
    case mini(Int)
    case stochastic

    /// The number of samples per batch for `count` samples.
    func size(for count: Int) -> Int {
        switch self {
        case .full: count
        case .mini(let k): min(k, count)
        case .stochastic: 1
        }
    }
}
