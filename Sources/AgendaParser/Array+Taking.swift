extension Array {
    /// The arrays at `part` of every element, one after another, in one array
    /// of the final size. Each element's array is emptied as it is copied, so a
    /// large result is never held twice (as `flatMap` would, growing as it goes).
    mutating func flatMap<Part>(taking part: WritableKeyPath<Element, [Part]>) -> [Part] {
        var total = 0
        for element in self { total += element[keyPath: part].count }
        var result: [Part] = []
        result.reserveCapacity(total)
        for index in indices {
            result.append(contentsOf: self[index][keyPath: part])
            self[index][keyPath: part] = []
        }
        return result
    }
}
