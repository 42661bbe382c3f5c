"""Status-bar widget: what is running, how far it is, and a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from jcr_desk.ui.workers import TaskRunner

_STEPS = 1000


class TaskStatus(QWidget):
    """Hidden while idle; shown with a progress bar while its runner has a live task."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy indicator until the first progress report
        self.bar.setMaximumWidth(220)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop this task (Esc)")
        self.cancel_button.clicked.connect(runner.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.started.connect(self._started)
        runner.progress.connect(self._progress)
        runner.finished.connect(self.hide)
        self.hide()

    def _started(self, label: str) -> None:
        self.label.setText(label)
        self.bar.setRange(0, 0)
        self.show()

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setRange(0, _STEPS)
        self.bar.setValue(round(max(0.0, min(1.0, fraction)) * _STEPS))
        if message:
            self.label.setText(message)
