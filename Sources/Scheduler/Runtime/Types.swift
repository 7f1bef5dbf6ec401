/// The built-in types. Their `TypeObject`s occupy the first heap slots, so a
/// type's raw value is also its heap index.

public enum BT: Int32, CaseIterable, Sendable {
    case object, type, NoneType, bool, int, float, str, list, tuple, dict, range, function
    case builtin_function_or_method, method, generator, coroutine, cell, module, slice, ellipsis
    case list_iterator, tuple_iterator, range_iterator, str_iterator, dict_keyiterator, dict_valueiterator
    case dict_itemiterator, enumerate, zip, map, filter, list_reverseiterator, callable_iterator, iterator
    case dict_keys, dict_values, dict_items
    case set, frozenset, set_iterator
    // exceptions
    case BaseException, Exception, GeneratorExit, KeyboardInterrupt, SystemExit
    case ArithmeticError, ZeroDivisionError, OverflowError, AssertionError, AttributeError
    case LookupError, IndexError, KeyError, NameError, UnboundLocalError, OSError, TimeoutError
    case RuntimeError, NotImplementedError, RecursionError, StopIteration, StopAsyncIteration
    case TypeError, ValueError, ImportError, ModuleNotFoundError, UnicodeError, MemoryError
    case CancelledError, InvalidStateError, QueueEmpty, QueueFull, BaseExceptionGroup, ExceptionGroup
    case FloatingPointError, BufferError, EOFError, ReferenceError, SyntaxError, SystemError, Warning
    case BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning
    case ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning
    case BlockingIOError, ChildProcessError, ConnectionError, FileExistsError, FileNotFoundError, InterruptedError
    case IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, IndentationError
    case BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, TabError
    case UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError

    var base: BT? {
        switch self {
        case .object: return nil
        case .bool: return .int
        case .BaseException: return .object
        case .Exception, .GeneratorExit, .KeyboardInterrupt, .SystemExit, .CancelledError, .BaseExceptionGroup: return .BaseException
        case .ExceptionGroup: return .BaseExceptionGroup
        case .ArithmeticError, .AssertionError, .AttributeError, .LookupError, .NameError, .OSError,
             .RuntimeError, .StopIteration, .StopAsyncIteration, .TypeError, .ValueError, .ImportError,
             .MemoryError, .InvalidStateError, .QueueEmpty, .QueueFull,
             .BufferError, .EOFError, .ReferenceError, .SyntaxError, .SystemError, .Warning:
            return .Exception
        case .FloatingPointError: return .ArithmeticError
        case .BytesWarning, .DeprecationWarning, .EncodingWarning, .FutureWarning, .ImportWarning, .PendingDeprecationWarning,
             .ResourceWarning, .RuntimeWarning, .SyntaxWarning, .UnicodeWarning, .UserWarning:
            return .Warning
        case .BlockingIOError, .ChildProcessError, .ConnectionError, .FileExistsError, .FileNotFoundError, .InterruptedError,
             .IsADirectoryError, .NotADirectoryError, .PermissionError, .ProcessLookupError:
            return .OSError
        case .BrokenPipeError, .ConnectionAbortedError, .ConnectionRefusedError, .ConnectionResetError: return .ConnectionError
        case .IndentationError: return .SyntaxError
        case .TabError: return .IndentationError
        case .UnicodeDecodeError, .UnicodeEncodeError, .UnicodeTranslateError: return .UnicodeError
        case .ZeroDivisionError, .OverflowError: return .ArithmeticError
        case .IndexError, .KeyError: return .LookupError
        case .UnboundLocalError: return .NameError
        case .TimeoutError: return .OSError
        case .NotImplementedError, .RecursionError: return .RuntimeError
        case .ModuleNotFoundError: return .ImportError
        case .UnicodeError: return .ValueError
        default: return .object
        }
    }

    var isException: Bool { rawValue >= BT.BaseException.rawValue }

    /// Exceptions that live in asyncio, printed with their module in tracebacks.
    var qualifiedName: String {
        switch self {
        case .CancelledError: return "asyncio.exceptions.CancelledError"
        case .InvalidStateError: return "asyncio.exceptions.InvalidStateError"
        case .QueueEmpty: return "asyncio.queues.QueueEmpty"
        case .QueueFull: return "asyncio.queues.QueueFull"
        default: return caseName
        }
    }

    /// Names available as builtins.
    static let builtinNames: [String: BT] = {
        var m: [String: BT] = [:]
        for t in BT.allCases where t.isException && t != .CancelledError && t != .InvalidStateError && t != .QueueEmpty && t != .QueueFull {
            m[t.caseName] = t
        }
        for t in [BT.object, .type, .bool, .int, .float, .str, .list, .tuple, .dict, .set, .frozenset, .range, .enumerate, .zip, .map, .filter, .slice] { m[t.caseName] = t }
        m["EnvironmentError"] = .OSError
        m["IOError"] = .OSError
        return m
    }()
}
