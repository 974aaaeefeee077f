import Dispatch
import Foundation

/// Maps a large array on all processors, in contiguous slices, keeping the order.
///
/// For work where each element's result depends on that element alone (encoding events,
/// checking independent rows against a state nobody changes meanwhile): each slice is
/// mapped on its own thread into its own slot, so the result equals a plain `map`.
enum ParallelMap {
  /// The elements' results in order; below `minimumPerWorker` elements per processor the
  /// map runs on the calling thread alone.
  static func map<Element: Sendable, Result: Sendable>(
    _ items: [Element], minimumPerWorker: Int, _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let workers = min(
      ProcessInfo.processInfo.activeProcessorCount, items.count / max(1, minimumPerWorker))
    guard workers > 1 else { return items.map(transform) }
    let size = (items.count + workers - 1) / workers
    var slices = [[Result]](repeating: [], count: workers)
    slices.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        let start = worker * size
        let end = min(items.count, start + size)
        slots[worker] = start < end ? items[start..<end].map(transform) : []
      }
    }
    var results: [Result] = []
    results.reserveCapacity(items.count)
    for slice in slices { results += slice }
    return results
  }
}
