"""Status-bar widget: what is running, how far it is, and a Cancel button.

Several lanes may run at once (a save beside a stress run); the widget shows the one started
last, and returns to an earlier one still running when that finishes. Cancel stops the shown
task only, and is disabled for work that must not be cut short (writing a case file).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from jcr_desk.progress import ProgressMessage
from jcr_desk.ui.translations import shown
from jcr_desk.ui.workers import Lane, TaskLanes

_STEPS = 1000


class TaskStatus(QWidget):
    """Hidden while idle; shown with a progress bar while a lane has a live task."""

    def __init__(self, lanes: TaskLanes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: list[Lane] = []  # busy lanes, the one shown last
        self._labels: dict[Lane, str] = {}
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy indicator until the first progress report
        self.bar.setMaximumWidth(220)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this task"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        for lane in lanes:
            self._follow(lane)
        lanes.lane_added.connect(self._follow)
        self.hide()

    def cancel(self) -> None:
        if self._shown:
            self._shown[-1].cancel()

    def _follow(self, lane: Lane) -> None:
        lane.started.connect(lambda label: self._started(lane, label))
        lane.progress.connect(lambda fraction, message: self._progress(lane, fraction, message))
        lane.finished.connect(lambda: self._finished(lane))

    def _started(self, lane: Lane, label: str) -> None:
        if lane in self._shown:
            self._shown.remove(lane)
        self._shown.append(lane)
        self._labels[lane] = label
        self._show_top()

    def _progress(self, lane: Lane, fraction: float, message: ProgressMessage) -> None:
        if not self._shown or self._shown[-1] is not lane:
            return
        self.bar.setRange(0, _STEPS)
        self.bar.setValue(round(max(0.0, min(1.0, fraction)) * _STEPS))
        if message:
            self.label.setText(shown(message))

    def _finished(self, lane: Lane) -> None:
        if lane in self._shown:
            self._shown.remove(lane)
        if self._shown:
            self._show_top()
        else:
            self.hide()

    def _show_top(self) -> None:
        lane = self._shown[-1]
        self.label.setText(self._labels.get(lane, ""))
        self.bar.setRange(0, 0)  # until this lane reports progress again
        task = lane.current
        self.cancel_button.setEnabled(task is None or task.cancellable)
        self.show()
