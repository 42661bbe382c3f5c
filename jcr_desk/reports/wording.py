"""Dates, amounts, action names and item lines in the words of a draft's language.

Every word comes from the language's ``phrases.toml``; this module only picks and formats.
"""

from __future__ import annotations

from datetime import date

from jcr_desk.case.services.rated_items import CLASS, RatedItem
from jcr_desk.ratings import Outlook
from jcr_desk.reports.templates import Fields, phrase, phrases


def date_text(when: date, language: str) -> str:
    month = phrases(language)["months"][when.month - 1]
    return phrase(language, "date", year=when.year, month=month, day=when.day)


def amount_text(yen: float, language: str) -> str:
    """``JPY1 trillion`` / ``1兆円``: the amount in the largest unit it reaches."""
    for size, pattern in phrases(language)["amount_units"]:
        if yen >= size:
            amount = yen / size
            shown = f"{amount:,.0f}" if amount.is_integer() else f"{amount:,.2f}".rstrip("0")
            return phrase_text(str(pattern), amount=shown)
    return phrase_text(str(phrases(language)["amount_units"][-1][1]), amount=f"{yen:,.0f}")


def phrase_text(pattern: str, **values: object) -> str:
    from jcr_desk.reports.templates import fill

    return fill(pattern, {name: str(value) for name, value in values.items()})


def joined(texts: list[str], language: str) -> str:
    return str(phrases(language)["list_separator"]).join(texts)


def action_name(action: str, language: str) -> str:
    return phrase(language, f"actions.{action}")


def item_label(item: RatedItem, language: str) -> str:
    """ "Long-term Issuer Rating", "CP", "Bonds" or the class's name."""
    if item.kind == CLASS:
        return item.class_name
    return phrase(language, f"items.{item.kind}")


def issuer_name(item: RatedItem, language: str, fields: Fields) -> str:
    """The issuer's name in the draft's language; a missing Japanese name is listed."""
    if language == "ja" and item.issuer is not None and not item.issuer.name_ja:
        fields.missing_text(phrase(language, "missing.japanese_name", name=item.issuer.name))
    return item.issuer_name(language)


def proposed_rating(item: RatedItem, language: str, fields: Fields) -> str:
    if item.proposal.rating is not None:
        return item.proposal.rating
    label = f"{item.issuer_name(language)} {item_label(item, language)}"
    return fields.missing_text(phrase(language, "missing.proposal", item=label))


def outlook_words(text: str, language: str) -> str:
    """An outlook or credit monitor direction in the draft's language ("" stays "")."""
    if not text:
        return ""
    outlook = Outlook.parse(text)
    direction = phrase(language, f"outlooks.{outlook.direction}")
    if outlook.credit_monitor:
        return phrase(language, "outlooks.credit_monitor", direction=direction)
    return direction


def outlook_text(item: RatedItem, language: str, fields: Fields) -> str:
    if item.outlook:
        return outlook_words(item.outlook, language)
    label = f"{item.issuer_name(language)} {item_label(item, language)}"
    return fields.missing_text(phrase(language, "missing.outlook", item=label))


def headline(item: RatedItem, language: str, fields: Fields) -> list[str]:
    """The item's lines under its action: rating (and outlook), then the CP maximum."""
    rating = proposed_rating(item, language, fields)
    if item.kind == CLASS:
        return [phrase(language, "headline.class", class_name=item.class_name, rating=rating)]
    if item.kind == "long_term":
        outlook = outlook_text(item, language, fields)
        return [phrase(language, "headline.long_term", rating=rating, outlook=outlook)]
    lines = [phrase(language, f"headline.{item.kind}", rating=rating)]
    if item.kind == "short_term":
        if item.maximum_yen is None:
            amount = fields.missing_text(
                phrase(language, "missing.maximum", issuer=item.issuer_name(language))
            )
        else:
            amount = amount_text(item.maximum_yen, language)
        lines.append(phrase(language, "headline.maximum", amount=amount))
    return lines


def action_tag(item: RatedItem, language: str, fields: Fields) -> str:
    if item.action is None:
        label = f"{item.issuer_name(language)} {item_label(item, language)}"
        name = fields.missing_text(phrase(language, "missing.action", item=label))
    else:
        name = action_name(item.action, language)
    return phrase(language, "headline.action", action=name)
