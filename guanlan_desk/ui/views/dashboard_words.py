"""What happened, in the words people use: the dashboard's activity list ("张三 登记了纠纷 （2026）观城调字第0001号")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.services.dashboard import ActivityRow

CTX = "DashboardPage"


_ENTITIES = {
    "dispute": QT_TRANSLATE_NOOP("DashboardPage", "dispute"),
    "risk": QT_TRANSLATE_NOOP("DashboardPage", "risk item"),
    "lcp": QT_TRANSLATE_NOOP("DashboardPage", "legal-clarity person"),
    "party": QT_TRANSLATE_NOOP("DashboardPage", "party"),
    "user": QT_TRANSLATE_NOOP("DashboardPage", "user account"),
    "workstation": QT_TRANSLATE_NOOP("DashboardPage", "workstation"),
    "attachment": QT_TRANSLATE_NOOP("DashboardPage", "attachment"),
    "notice": QT_TRANSLATE_NOOP("DashboardPage", "notice to attend"),
    "supervision": QT_TRANSLATE_NOOP("DashboardPage", "instruction (交办/督办)"),
}
_SENTENCES = {
    "create": QT_TRANSLATE_NOOP("DashboardPage", "{user} created a {entity} record"),
    "update": QT_TRANSLATE_NOOP("DashboardPage", "{user} updated a {entity} record"),
    "delete": QT_TRANSLATE_NOOP("DashboardPage", "{user} deleted a {entity} record"),
    "unmask": QT_TRANSLATE_NOOP("DashboardPage", "{user} viewed the personal data of a {entity} record"),
    "print": QT_TRANSLATE_NOOP("DashboardPage", "{user} printed a document"),
    "export": QT_TRANSLATE_NOOP("DashboardPage", "{user} exported data"),
    "import": QT_TRANSLATE_NOOP("DashboardPage", "{user} imported data"),
    "login": QT_TRANSLATE_NOOP("DashboardPage", "{user} logged in"),
    "login_failed": QT_TRANSLATE_NOOP("DashboardPage", "A login attempt failed"),
    "logout": QT_TRANSLATE_NOOP("DashboardPage", "{user} logged out"),
    "password": QT_TRANSLATE_NOOP("DashboardPage", "{user} changed a password"),
    "key": QT_TRANSLATE_NOOP("DashboardPage", "{user} worked with the data key"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


# what a person did to a record, in the words people use ("张三 登记了纠纷 （2026）观城调字第0001号")
_RECORD_SENTENCES = {
    ("create", "dispute"): QT_TRANSLATE_NOOP("DashboardPage", "{user} registered dispute {record}"),
    ("update", "dispute"): QT_TRANSLATE_NOOP("DashboardPage", "{user} worked on dispute {record}"),
    ("create", "risk"): QT_TRANSLATE_NOOP("DashboardPage", "{user} reported risk item {record}"),
    ("update", "risk"): QT_TRANSLATE_NOOP("DashboardPage", "{user} worked on risk item {record}"),
    ("create", "user"): QT_TRANSLATE_NOOP("DashboardPage", "{user} added a user account"),
    ("update", "user"): QT_TRANSLATE_NOOP("DashboardPage", "{user} changed a user account"),
    ("create", "party"): QT_TRANSLATE_NOOP("DashboardPage", "{user} added a party"),
    ("update", "party"): QT_TRANSLATE_NOOP("DashboardPage", "{user} corrected a party's details"),
    ("create", "lcp"): QT_TRANSLATE_NOOP("DashboardPage", "{user} added a legal-clarity person"),
    ("create", "attachment"): QT_TRANSLATE_NOOP("DashboardPage", "{user} attached a file"),
}


def activity_text(row: ActivityRow) -> str:
    """One event in plain words (no personal data: who did what to which record, by case number or code)."""
    user = row.name or (_tr(QT_TRANSLATE_NOOP("DashboardPage", "The system")) if row.username == "system"
                       else row.username)
    record_sentence = _RECORD_SENTENCES.get((row.action, row.entity))
    if record_sentence is not None and ("{record}" not in record_sentence or row.record_label):
        return _tr(record_sentence).format(user=user, record=row.record_label)
    entity = _tr(_ENTITIES.get(row.entity, QT_TRANSLATE_NOOP("DashboardPage", "record")))
    sentence = _SENTENCES.get(row.action, QT_TRANSLATE_NOOP("DashboardPage", "{user}: {action}"))
    return _tr(sentence).format(user=user, entity=entity, action=row.action)
