"""Asks how to fit classes sized for one pool to a pool of another size, and why.

Shown when a tape replaces a pool under a scenario with classes, and from the Structure page
when a scenario's classes no longer fit its pool. Each choice shows what it does to the
figures (the over-collateralisation it leaves, the classes it resizes); OK stays disabled
until a choice is made and a reason written, because either is a judgement the committee sees.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.edits.class_fit_commands import Misfit
from jcr_desk.structured.class_fit import KEEP_AMOUNTS, KEEP_SHARES
from jcr_desk.ui.stress.formatting import percent, yen


class ClassFitDialog(QDialog):
    """Keep the classes' amounts or their shares, with a reason."""

    def __init__(self, found: list[Misfit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Classes sized for another pool"))
        self.setMinimumWidth(560)
        lines = [self._situation(m) for m in found]
        self.situation = QLabel("\n".join(lines), self)
        self.situation.setWordWrap(True)
        self.keep_amounts = QRadioButton(self.tr("Keep the classes' amounts"), self)
        self.keep_shares = QRadioButton(self.tr("Keep the classes' shares of the pool"), self)
        self.amounts_effect = QLabel("\n".join(self._amounts_effect(m) for m in found), self)
        self.shares_effect = QLabel("\n".join(self._shares_effect(m) for m in found), self)
        for effect in (self.amounts_effect, self.shares_effect):
            effect.setWordWrap(True)
            effect.setIndent(24)
        fits = all(m.fit.amounts_fit for m in found)
        self.keep_amounts.setEnabled(fits)
        self.keep_shares.setEnabled(all(m.fit.sized_for for m in found))
        self._choices = QButtonGroup(self)
        self._choices.addButton(self.keep_amounts)
        self._choices.addButton(self.keep_shares)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the classes are fitted so (required)"))
        self.reason.setFixedHeight(70)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._choices.buttonClicked.connect(self._update)
        self.reason.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(self.situation)
        layout.addWidget(self.keep_amounts)
        layout.addWidget(self.amounts_effect)
        layout.addWidget(self.keep_shares)
        layout.addWidget(self.shares_effect)
        layout.addWidget(QLabel(self.tr("Reason"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update()

    def choice(self) -> str | None:
        if self.keep_amounts.isChecked():
            return KEEP_AMOUNTS
        if self.keep_shares.isChecked():
            return KEEP_SHARES
        return None

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.choice() is not None and bool(self.reason_text()))

    def _situation(self, misfit: Misfit) -> str:
        fit = misfit.fit
        return self.tr(
            "Scenario {scenario}: its classes ({notes}) were sized for a pool of {sized}; "
            "the pool is now {pool}."
        ).format(
            scenario=misfit.scenario.name,
            notes=yen(fit.notes),
            sized=yen(fit.sized_for),
            pool=yen(fit.pool),
        )

    def _amounts_effect(self, misfit: Misfit) -> str:
        fit = misfit.fit
        if not fit.amounts_fit:
            return self.tr("{scenario}: not possible, the classes exceed the pool.").format(
                scenario=misfit.scenario.name
            )
        return self.tr(
            "{scenario}: the {amount} the pool holds above the classes is over-"
            "collateralisation ({share} of the pool), enhancement every class has."
        ).format(
            scenario=misfit.scenario.name,
            amount=yen(fit.over_collateralisation),
            share=percent(fit.over_collateralisation / fit.pool if fit.pool else 0.0),
        )

    def _shares_effect(self, misfit: Misfit) -> str:
        fit = misfit.fit
        if not fit.sized_for:
            return self.tr(
                "{scenario}: not possible, the structure records no pool its classes were "
                "sized for."
            ).format(scenario=misfit.scenario.name)
        resized = self.tr("{scenario}: every class resized by {ratio} (classes total {total}).")
        return resized.format(
            scenario=misfit.scenario.name,
            ratio=f"×{fit.pool / fit.sized_for:,.4f}",
            total=yen(fit.notes * fit.pool / fit.sized_for),
        )
