import Scheduler

/// Where the screen puts lanes and chart columns: computed from model, state and size
/// alone, so the renderer and the mouse agree, and clicks are testable without a terminal.
struct ScreenLayout: Equatable {
    let lanes: [Int]          // every lane shown, in order (the chart shows a window of them)
    let firstLane: Int        // index in `lanes` of the chart's first row
    let rows: Int             // chart rows with a lane
    let labelWidth: Int
    let columns: Int          // chart columns
    let firstEvent: Int       // step axis: the event in column 0
    let axis: Axis

    static let chartY = 3     // header (2 rows), then the chart's title row
    var chartX: Int { labelWidth + 1 }
    var hiddenAbove: Int { firstLane }
    var hiddenBelow: Int { max(0, lanes.count - firstLane - rows) }
    var shown: [Int] { Array(lanes[firstLane ..< firstLane + rows]) }

    /// Header, chart title, legend, separator, details, account (2), keybar.
    static let fixedRows = 2 + 1 + 1 + 1 + 1 + 2 + 1
    /// Rows the source and output panes keep at least: a third of what the fixed rows leave.
    static func paneMin(height: Int) -> Int { max(3, (height - fixedRows) / 3) }

    static func labelWidth(width: Int) -> Int { min(max(12, width / 4), 26) }
    static func chartColumns(width: Int) -> Int { width - labelWidth(width: width) - 1 }

    init(_ model: TimelineModel, _ state: ViewState, width: Int, height: Int) {
        lanes = state.lanes(model)
        let chartRows = max(1, min(lanes.count, height - ScreenLayout.fixedRows - ScreenLayout.paneMin(height: height)))
        // The chart scrolls to keep the source's lane (the highlighted one) in view.
        let highlighted = lanes.firstIndex(of: ScreenView.focusLane(model, state)) ?? 0
        firstLane = max(0, min(state.laneTop ?? (highlighted - chartRows + 1), lanes.count - chartRows))
        rows = min(chartRows, lanes.count - firstLane)
        labelWidth = ScreenLayout.labelWidth(width: width)
        columns = ScreenLayout.chartColumns(width: width)
        axis = state.axis
        let p = min(state.playhead, max(0, model.eventCount - 1))
        firstEvent = axis == .step ? ChartView.firstColumn(playhead: p, columns: columns, events: model.eventCount) : 0
    }

    enum Hit: Equatable {
        case lane(Int)        // index into `lanes`
        case event(Int)       // a chart column: its event (step axis) or its slice's last event (time axis)
        case chartTitle       // the row above the chart
        case nothing
    }

    /// What is at screen cell (x, y).
    func hit(x: Int, y: Int, model: TimelineModel) -> Hit {
        if y == ScreenLayout.chartY - 1 && x > labelWidth { return .chartTitle }
        guard y >= ScreenLayout.chartY && y < ScreenLayout.chartY + rows else { return .nothing }
        if x < labelWidth { return .lane(firstLane + y - ScreenLayout.chartY) }
        let c = x - chartX
        guard c >= 0 && c < columns && model.eventCount > 0 else { return .nothing }
        switch axis {
        case .step:
            let e = firstEvent + c
            return e < model.eventCount ? .event(e) : .nothing
        case .time:
            let e = model.timeSlice(c, of: columns)?.1 ?? model.lastEvent(atOrBefore: model.sliceEnd(c, of: columns))
            return e >= 0 ? .event(e) : .nothing
        }
    }

    /// Lanes one turn of the wheel scrolls.
    static let wheelLanes = 3

    /// A click selects a lane or moves the playhead to a column; the wheel scrolls the lanes,
    /// or over the chart's title row (or with shift) moves the playhead.
    func intent(for mouse: Mouse, model: TimelineModel) -> Intent {
        let target = hit(x: mouse.x, y: mouse.y, model: model)
        switch mouse.button {
        case .left:
            switch target {
            case .lane(let i): return .selectLane(i)
            case .event(let e): return .moveTo(e)
            case .chartTitle, .nothing: return .none
            }
        case .wheelUp, .wheelDown:
            if mouse.shift || target == .chartTitle { return mouse.button == .wheelUp ? .stepBack : .stepForward }
            let top = firstLane + (mouse.button == .wheelUp ? -ScreenLayout.wheelLanes : ScreenLayout.wheelLanes)
            return .scrollLanes(to: max(0, min(top, lanes.count - rows)))
        }
    }
}
