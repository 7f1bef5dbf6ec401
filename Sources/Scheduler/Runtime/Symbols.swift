/// Interned names. Attribute and method names compile to symbol ids so the VM
/// dispatches on integers; the well-known ones have fixed ids (`Sym`).

public enum Sym: Int32, CaseIterable {
    // str
    case format, join, split, rsplit, strip, lstrip, rstrip, upper, lower, replace, startswith, endswith
    case find, rfind, index, count, center, ljust, rjust, zfill, isdigit, isalpha, isalnum, isspace
    case isupper, islower, title, capitalize, splitlines, partition, rpartition, swapcase, isidentifier, isnumeric, isdecimal
    // list / dict / tuple
    case append, extend, pop, insert, remove, sort, reverse, copy, clear
    case get, keys, values, items, setdefault, update, popitem, fromkeys
    // set / frozenset
    case add, discard, union, intersection, intersection_update, difference, difference_update
    case symmetric_difference, symmetric_difference_update, issubset, issuperset, isdisjoint
    // generators and coroutines
    case send, `throw`, close, gi_running, gi_frame, gi_yieldfrom, gi_code, cr_running, cr_await, cr_frame, cr_code
    case __next__, __iter__, __await__, __name__, __qualname__, __class__, __doc__, __module__
    // exceptions
    case args, value, __cause__, __context__, __traceback__, __suppress_context__, with_traceback, add_note
    case message, exceptions, derive, subgroup, __notes__
    // numbers
    case bit_length, is_integer, real, imag, conjugate, as_integer_ratio, numerator, denominator
    case start, stop, step
    case __enter__, __exit__, __aenter__, __aexit__
    case key
    // asyncio futures and tasks
    case result, exception, done, cancelled, cancel, add_done_callback, remove_done_callback
    case set_result, set_exception, get_loop, get_name, set_name, get_coro, cancelling, uncancel
    // the object model
    case __init__, __new__, __repr__, __str__, __format__, __hash__, __bool__, __len__
    case __eq__, __ne__, __lt__, __le__, __gt__, __ge__
    case __getitem__, __setitem__, __delitem__, __contains__, __call__, __aiter__, __anext__
    case __getattr__, __getattribute__, __setattr__, __delattr__, __get__, __set__, __delete__
    case __dict__, __slots__, __mro__, __bases__, __base__, __func__, __self__, __wrapped__
    case __set_name__, __init_subclass__, __neg__, __pos__, __invert__, __abs__, __index__, __int__, __float__
    case fget, fset, fdel, getter, setter, deleter
    case __annotations__
}

public final class Symbols {
    private var ids: [String: Int32] = [:]
    public private(set) var names: [String] = []

    init() {
        for s in Sym.allCases {
            let id = intern(s.caseName)
            precondition(id == s.rawValue)
        }
    }

    public func intern(_ s: String) -> Int32 {
        if let id = ids[s] { return id }
        let id = Int32(names.count)
        names.append(s)
        ids[s] = id
        return id
    }

    public func lookup(_ s: String) -> Int32? { ids[s] }
    public subscript(id: Int32) -> String { names[Int(id)] }
}
