"""Enumerations of shared/domain/REFERENCE.md §9 with their Chinese labels and English glosses.

Values are stable codes stored in the database and in bundles; labels are what forms and lists show.
"""

from __future__ import annotations

from enum import StrEnum

# Keyed by (enum class, value): StrEnum members of different enums with the same value compare equal.
_ZH: dict[tuple[type[StrEnum], str], str] = {}
_EN: dict[tuple[type[StrEnum], str], str] = {}


def _labels(enum_cls: type[StrEnum], table: dict[str, tuple[str, str]]) -> None:
    for member in enum_cls:
        zh, en = table[member.value]
        _ZH[(enum_cls, member.value)] = zh
        _EN[(enum_cls, member.value)] = en


def label(member: StrEnum) -> str:
    """The official Chinese label of an enumeration member."""
    return _ZH[(type(member), member.value)]


register_labels = _labels  # for enumerations kept in other domain modules


def gloss(member: StrEnum) -> str:
    """The English gloss of an enumeration member."""
    return _EN[(type(member), member.value)]


class DisputeType(StrEnum):
    """The 15 statistical dispute types (纠纷类型) of the MOJ-style monthly report."""

    MARRIAGE_FAMILY = "01"
    NEIGHBOUR = "02"
    HOUSING_HOMESTEAD = "03"
    CONTRACT = "04"
    PRODUCTION_BUSINESS = "05"
    DAMAGE_COMPENSATION = "06"
    FOREST_LAND = "07"
    REQUISITION_DEMOLITION = "08"
    ENVIRONMENT = "09"
    LABOUR = "10"
    CONSUMER = "11"
    MEDICAL = "12"
    TRAFFIC = "13"
    PROPERTY_MANAGEMENT = "14"
    OTHER = "99"


_labels(DisputeType, {
    "01": ("婚姻家庭纠纷", "Marriage and family"),
    "02": ("邻里纠纷", "Neighbour"),
    "03": ("房屋宅基地纠纷", "Housing and homestead"),
    "04": ("合同纠纷", "Contract"),
    "05": ("生产经营纠纷", "Production and business"),
    "06": ("损害赔偿纠纷", "Damage compensation"),
    "07": ("山林土地纠纷", "Forest and land"),
    "08": ("征地拆迁纠纷", "Land requisition and demolition"),
    "09": ("环境污染纠纷", "Environmental pollution"),
    "10": ("劳动争议纠纷", "Labour"),
    "11": ("消费纠纷", "Consumer"),
    "12": ("医疗纠纷", "Medical"),
    "13": ("道路交通事故纠纷", "Road traffic accident"),
    "14": ("物业纠纷", "Property management"),
    "99": ("其他纠纷", "Other"),
})

# Local sub-types (configuration defaults), each mapped onto one statistical type.
DEFAULT_SUBTYPES: dict[str, tuple[DisputeType, str]] = {
    "10.01": (DisputeType.LABOUR, "欠薪"),
    "10.02": (DisputeType.LABOUR, "工伤"),
    "10.03": (DisputeType.LABOUR, "经济补偿"),
    "10.04": (DisputeType.LABOUR, "劳动合同解除"),
    "01.01": (DisputeType.MARRIAGE_FAMILY, "继承"),
    "01.02": (DisputeType.MARRIAGE_FAMILY, "赡养抚养"),
    "02.01": (DisputeType.NEIGHBOUR, "噪音扰民"),
    "02.02": (DisputeType.NEIGHBOUR, "漏水"),
    "03.01": (DisputeType.HOUSING_HOMESTEAD, "房屋租赁"),
    "14.01": (DisputeType.PROPERTY_MANAGEMENT, "物业费"),
    "14.02": (DisputeType.PROPERTY_MANAGEMENT, "停车管理"),
}


class StatSource(StrEnum):
    """The three statistical sources (案件来源) that add up to 100 %."""

    INITIATIVE = "initiative"
    APPLICATION = "application"
    REFERRAL = "referral"


_labels(StatSource, {
    "initiative": ("主动调解", "Own initiative"),
    "application": ("申请调解", "Party application"),
    "referral": ("接受委托移送调解", "Entrusted or referred"),
})


class Source(StrEnum):
    """Finer acceptance channels, each mapped onto a :class:`StatSource`."""

    PARTY_APPLICATION = "party_application"
    COMMITTEE_INITIATIVE = "committee_initiative"
    GRID_SCREENING = "grid_screening"
    COURT_PRE_FILING = "court_pre_filing"
    COURT_ENTRUSTED = "court_entrusted"
    POLICE = "police"
    PETITION_OFFICE = "petition_office"
    GOVERNMENT = "government"
    HOTLINE_12345 = "hotline_12345"

    @property
    def stat_source(self) -> StatSource:
        """The statistical source this channel counts under."""
        if self is Source.PARTY_APPLICATION:
            return StatSource.APPLICATION
        if self in (Source.COMMITTEE_INITIATIVE, Source.GRID_SCREENING):
            return StatSource.INITIATIVE
        return StatSource.REFERRAL


_labels(Source, {
    "party_application": ("当事人申请", "Party application"),
    "committee_initiative": ("调委会主动调解", "Committee initiative"),
    "grid_screening": ("网格员排查发现", "Found by a grid officer"),
    "court_pre_filing": ("法院委派（诉前）", "Court, pre-filing"),
    "court_entrusted": ("法院委托（诉中）", "Court, entrusted"),
    "police": ("公安机关移交", "Police"),
    "petition_office": ("信访部门转交", "Petition office"),
    "government": ("政府部门指定/移交", "Government department"),
    "hotline_12345": ("12345/民生诉求转办", "12345 hotline"),
})


# Cases a court entrusted (委派 before filing, 委托 after): they carry the court's reference and deadline.
COURT_SOURCES = frozenset({Source.COURT_PRE_FILING, Source.COURT_ENTRUSTED})


class DisputeStatus(StrEnum):
    """Case statuses of a dispute; the transitions live in :mod:`guanlan_desk.domain.lifecycle`."""

    REGISTERED = "registered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    MEDIATING = "mediating"
    SETTLED = "settled"
    NOT_SETTLED = "not_settled"
    REFERRED = "referred"
    WITHDRAWN = "withdrawn"
    PERFORMED = "performed"
    NOT_PERFORMED = "not_performed"
    FOLLOWED_UP = "followed_up"
    ARCHIVED = "archived"


_labels(DisputeStatus, {
    "registered": ("登记", "Registered"),
    "accepted": ("已受理", "Accepted"),
    "declined": ("不予受理", "Declined"),
    "mediating": ("调解中", "Mediating"),
    "settled": ("达成协议", "Settled"),
    "not_settled": ("调解终止", "Not settled"),
    "referred": ("已移交", "Referred"),
    "withdrawn": ("撤回", "Withdrawn"),
    "performed": ("履行完毕", "Performed"),
    "not_performed": ("未履行", "Not performed"),
    "followed_up": ("已回访", "Followed up"),
    "archived": ("已归档", "Archived"),
})

OPEN_DISPUTE_STATUSES = frozenset({
    DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING, DisputeStatus.SETTLED,
})


class ReferralKind(StrEnum):
    """Where a dispute is referred when mediation is not the right route."""

    COURT = "court"
    ARBITRATION = "arbitration"
    DEPARTMENT = "department"


_labels(ReferralKind, {
    "court": ("法院", "Court"),
    "arbitration": ("仲裁机构", "Arbitration"),
    "department": ("行政部门", "Government department"),
})


class CaseFlag(StrEnum):
    """Marks on a case that statistics count (案件标记): risks seen, and what mediation prevented.

    Stored in ``dispute.flags`` as a comma-separated list of these codes (none is a substring of another, so
    ``flags LIKE '%code%'`` counts exactly); the prevented-escalation outcomes count 件 by flag and 人 from
    ``dispute.prevented_criminal_persons`` / ``dispute.prevented_petition_persons``.
    """

    MASS = "mass"
    CRIMINAL_RISK = "crim_risk"
    PETITION_RISK = "petition_risk"
    STABILITY = "stability"
    MINOR = "minor"
    CRIMINAL_PREVENTED = "crim_prevented"
    PETITION_PREVENTED = "petition_prevented"

    @property
    def is_outcome(self) -> bool:
        """Whether the flag records a prevention outcome (counted 件/人) rather than a risk."""
        return self in (CaseFlag.CRIMINAL_PREVENTED, CaseFlag.PETITION_PREVENTED)


_labels(CaseFlag, {
    "mass": ("群体性", "Mass dispute"),
    "crim_risk": ("可能民转刑", "May turn criminal"),
    "petition_risk": ("可能群体性上访", "May lead to a group petition"),
    "stability": ("涉稳", "Bears on stability"),
    "minor": ("涉未成年人", "Involves minors"),
    "crim_prevented": ("防止民转刑", "Civil-to-criminal escalation prevented"),
    "petition_prevented": ("防止群体性上访", "Group petition prevented"),
})


def parse_flags(raw: str) -> tuple[CaseFlag, ...]:
    """The flags stored in ``raw`` (codes; the Chinese labels older versions stored are read too), in order."""
    by_label = {label(f): f for f in CaseFlag}
    found = set()
    for part in raw.split(","):
        part = part.strip()
        if part in CaseFlag._value2member_map_:
            found.add(CaseFlag(part))
        elif part in by_label:
            found.add(by_label[part])
    return tuple(f for f in CaseFlag if f in found)


def join_flags(flags: tuple[CaseFlag, ...] | list[CaseFlag] | set[CaseFlag]) -> str:
    """The stored form of ``flags``: codes in declaration order, comma-separated."""
    chosen = set(flags)
    return ",".join(f.value for f in CaseFlag if f in chosen)


class DisputeRole(StrEnum):
    """The role of a party in a dispute."""

    APPLICANT = "applicant"
    RESPONDENT = "respondent"
    THIRD_PARTY = "third_party"


_labels(DisputeRole, {
    "applicant": ("申请人", "Applicant"),
    "respondent": ("被申请人", "Respondent"),
    "third_party": ("第三人", "Third party"),
})


class SessionKind(StrEnum):
    """An investigation (调查) or a mediation session (调解)."""

    INVESTIGATION = "investigation"
    MEDIATION = "mediation"


_labels(SessionKind, {
    "investigation": ("调查记录", "Investigation"),
    "mediation": ("调解记录", "Mediation session"),
})


class SessionOutcome(StrEnum):
    """What a mediation session came to."""

    AGREED = "agreed"
    NOT_AGREED = "not_agreed"
    CONTINUE = "continue"


_labels(SessionOutcome, {
    "agreed": ("达成协议", "Agreement reached"),
    "not_agreed": ("未达成", "No agreement"),
    "continue": ("继续调解", "To be continued"),
})


class AgreementKind(StrEnum):
    """Written (Art. 28/29) or oral (Art. 28) agreement."""

    WRITTEN = "written"
    ORAL = "oral"


_labels(AgreementKind, {
    "written": ("书面协议", "Written"),
    "oral": ("口头协议", "Oral"),
})


class Performance(StrEnum):
    """履行情况: how an agreement is being performed."""

    IMMEDIATE = "immediate"
    INSTALMENTS = "instalments"
    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"
    JC_APPLIED = "jc_applied"
    SUED = "sued"


_labels(Performance, {
    "immediate": ("即时履行完毕", "Performed at once"),
    "instalments": ("分期履行中", "Instalments running"),
    "full": ("已全部履行", "Fully performed"),
    "partial": ("部分履行", "Partly performed"),
    "none": ("未履行", "Not performed"),
    "jc_applied": ("已申请司法确认", "Judicial confirmation applied"),
    "sued": ("已起诉", "Taken to court"),
})


class JcResult(StrEnum):
    """The court's decision on an application for judicial confirmation (法释〔2011〕5号)."""

    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


_labels(JcResult, {
    "confirmed": ("确认有效", "Confirmed valid"),
    "rejected": ("驳回申请", "Rejected"),
    "withdrawn": ("撤回申请", "Withdrawn"),
})


class EndKind(StrEnum):
    """Why a mediation ended without agreement: a party refused it (Art. 17) or no agreement was reached (Art. 26)."""

    REFUSED = "refused"
    NO_AGREEMENT = "no_agreement"


_labels(EndKind, {
    "refused": ("当事人拒绝调解", "A party refused mediation"),
    "no_agreement": ("调解不成", "No agreement reached"),
})


class DeliveryMethod(StrEnum):
    """送达方式 of a notice to attend (REFERENCE.md §8.6)."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    SMS = "sms"
    POST = "post"
    WECHAT = "wechat"


_labels(DeliveryMethod, {
    "in_person": ("当面", "In person"),
    "phone": ("电话", "Phone"),
    "sms": ("短信", "Text message"),
    "post": ("邮寄", "Post"),
    "wechat": ("微信", "WeChat"),
})


class Satisfaction(StrEnum):
    """A party's satisfaction at a follow-up visit."""

    SATISFIED = "satisfied"
    MOSTLY = "mostly"
    UNSATISFIED = "unsatisfied"


_labels(Satisfaction, {
    "satisfied": ("满意", "Satisfied"),
    "mostly": ("基本满意", "Mostly satisfied"),
    "unsatisfied": ("不满意", "Unsatisfied"),
})


class PartyKind(StrEnum):
    """A natural person, a legal person, an unincorporated organisation, or a 个体工商户."""

    PERSON = "person"
    LEGAL_PERSON = "legal_person"
    ORGANISATION = "organisation"
    SOLE_TRADER = "sole_trader"


_labels(PartyKind, {
    "person": ("自然人", "Natural person"),
    "legal_person": ("法人", "Legal person"),
    "organisation": ("非法人组织", "Unincorporated organisation"),
    "sole_trader": ("个体工商户", "Sole trader"),
})


class Sex(StrEnum):
    """GB/T 2261.1 sex codes."""

    UNKNOWN = "0"
    MALE = "1"
    FEMALE = "2"
    UNSTATED = "9"


_labels(Sex, {
    "0": ("未知", "Unknown"),
    "1": ("男", "Male"),
    "2": ("女", "Female"),
    "9": ("未说明", "Not stated"),
})


class IdType(StrEnum):
    """Identity documents (证件类型)."""

    RESIDENT_ID = "resident_id"
    HMT_RESIDENCE_PERMIT = "hmt_residence_permit"
    HOME_RETURN_PERMIT = "home_return_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    FOREIGN_PERMANENT = "foreign_permanent"
    PASSPORT = "passport"
    OTHER = "other"


_labels(IdType, {
    "resident_id": ("居民身份证", "Resident ID card"),
    "hmt_residence_permit": ("港澳台居民居住证", "HK/Macau/Taiwan residence permit"),
    "home_return_permit": ("港澳居民来往内地通行证", "Home-return permit"),
    "taiwan_permit": ("台湾居民来往大陆通行证", "Taiwan compatriot permit"),
    "foreign_permanent": ("外国人永久居留身份证", "Foreign permanent residence card"),
    "passport": ("护照", "Passport"),
    "other": ("其他", "Other"),
})


class RiskCategory(StrEnum):
    """Ledger categories (台账类别)."""

    PETITION = "petition"
    LATENT_DISPUTE = "latent_dispute"
    KEY_PERSON = "key_person"
    SAFETY = "safety"


_labels(RiskCategory, {
    "petition": ("信访隐患", "Petition risk"),
    "latent_dispute": ("矛盾纠纷隐患", "Latent dispute"),
    "key_person": ("重点人员", "Key person"),
    "safety": ("安全隐患", "Safety hazard"),
})


class RiskStatus(StrEnum):
    """Ledger statuses (LEDGER_STATUS); transitions in :mod:`guanlan_desk.domain.lifecycle`."""

    UNRESOLVED = "unresolved"
    IN_PROGRESS = "in_progress"
    CLOSE_REQUESTED = "close_requested"
    CLOSED = "closed"
    RELAPSED = "relapsed"


_labels(RiskStatus, {
    "unresolved": ("未化解", "Unresolved"),
    "in_progress": ("化解中", "In progress"),
    "close_requested": ("已化解（待销号）", "Resolved, closing requested"),
    "closed": ("已销号", "Closed"),
    "relapsed": ("反弹", "Relapsed"),
})


class ReviewKind(StrEnum):
    """Entries of the risk follow-up log."""

    ASSESSMENT = "assessment"
    CONTROL = "control"
    PROGRESS = "progress"
    VISIT = "visit"
    INSTRUCTION = "instruction"  # 交办: written by the street office, travels to the community (issue 5)


_labels(ReviewKind, {
    "assessment": ("研判", "Assessment"),
    "control": ("稳控", "Control"),
    "progress": ("进展", "Progress"),
    "visit": ("回访", "Visit"),
    "instruction": ("交办", "Instruction"),
})


class KeyPersonKind(StrEnum):
    """Kinds of key persons (重点人员); several are sensitive personal information."""

    PETITIONER = "petitioner"
    COMMUNITY_CORRECTION = "community_correction"
    RELEASED_PRISONER = "released_prisoner"
    MENTAL_ILLNESS = "mental_illness"
    DRUG_USER = "drug_user"
    AT_RISK_YOUTH = "at_risk_youth"
    OTHER = "other"


_labels(KeyPersonKind, {
    "petitioner": ("信访重点人员", "Repeat petitioner"),
    "community_correction": ("社区矫正对象", "Under community correction"),
    "released_prisoner": ("刑满释放人员", "Released prisoner"),
    "mental_illness": ("严重精神障碍患者", "Serious mental illness"),
    "drug_user": ("吸毒人员", "Drug user"),
    "at_risk_youth": ("重点青少年", "At-risk youth"),
    "other": ("其他", "Other"),
})


class LcpIdentity(StrEnum):
    """Identity categories (priority pools) of legal-clarity persons; multi-select."""

    CADRE = "cadre"
    WOMENS_FEDERATION = "womens_federation"
    CHILD_DIRECTOR = "child_director"
    MEDIATOR = "mediator"
    AUXILIARY_POLICE = "auxiliary_police"
    GRID_OFFICER = "grid_officer"
    GROUP_LEADER = "group_leader"
    PARTY_MEMBER = "party_member"
    FIVE_ELDERS = "five_elders"
    COLLEGE_OFFICIAL = "college_official"
    LEGAL_SERVICE_WORKER = "legal_service_worker"
    ENTREPRENEUR = "entrepreneur"
    VETERAN = "veteran"
    VOLUNTEER = "volunteer"


_labels(LcpIdentity, {
    "cadre": ("社区（村）干部", "Community cadre"),
    "womens_federation": ("妇联执委", "Women's federation"),
    "child_director": ("儿童主任", "Children's director"),
    "mediator": ("人民调解员", "People's mediator"),
    "auxiliary_police": ("驻社区辅警", "Auxiliary police"),
    "grid_officer": ("网格员", "Grid officer"),
    "group_leader": ("居（村）民小组长", "Residents' group leader"),
    "party_member": ("中共党员", "Party member"),
    "five_elders": ("五老", "Five elders"),
    "college_official": ("大学生村官", "College-graduate official"),
    "legal_service_worker": ("基层法律服务工作者", "Legal service worker"),
    "entrepreneur": ("致富能手", "Local entrepreneur"),
    "veteran": ("退役军人", "Veteran"),
    "volunteer": ("其他热心公益者", "Other volunteer"),
})


class LcpStatus(StrEnum):
    """Status of a legal-clarity person: candidate → registered → removed."""

    CANDIDATE = "candidate"
    REGISTERED = "registered"
    REMOVED = "removed"


_labels(LcpStatus, {
    "candidate": ("初选对象", "Candidate"),
    "registered": ("在册", "Registered"),
    "removed": ("清退", "Removed"),
})


class SelectionMethod(StrEnum):
    """How a legal-clarity person was selected."""

    SELF = "self"
    COMMITTEE = "committee"
    OTHER = "other"


_labels(SelectionMethod, {
    "self": ("自荐", "Self-nominated"),
    "committee": ("两委推荐", "Recommended by the committees"),
    "other": ("其他", "Other"),
})


class ServiceKind(StrEnum):
    """Services a legal-clarity person performs (the 四大员 roles and more)."""

    OPINION = "opinion"
    PUBLICITY = "publicity"
    MEDIATION = "mediation"
    GUIDANCE = "guidance"
    LEGAL_SERVICE = "legal_service"
    OTHER = "other"


_labels(ServiceKind, {
    "opinion": ("社情民意收集", "Collecting public opinion"),
    "publicity": ("政策法律宣传", "Law and policy publicity"),
    "mediation": ("矛盾纠纷化解", "Dispute resolution"),
    "guidance": ("法治实践引导", "Guiding rule-of-law practice"),
    "legal_service": ("引导法律服务", "Referral to legal services"),
    "other": ("其他", "Other"),
})


class TrainingMode(StrEnum):
    """Online or on-site training."""

    ONLINE = "online"
    OFFLINE = "offline"


_labels(TrainingMode, {
    "online": ("线上", "Online"),
    "offline": ("线下", "On site"),
})


class VenueType(StrEnum):
    """Where cases are received or mediated."""

    MICRO_ROOM = "micro_room"
    PARK_STUDIO = "park_studio"
    SAFETY_CENTRE = "safety_centre"
    STREET_ROOM = "street_room"
    COURT_ROOM = "court_room"
    POLICE_ROOM = "police_room"
    OTHER = "other"


_labels(VenueType, {
    "micro_room": ("微调解室", "Micro-mediation room"),
    "park_studio": ("驻园区调解工作室", "Industrial-park studio"),
    "safety_centre": ("社区平安建设中心", "Community safety centre"),
    "street_room": ("街道调委会调解室", "Sub-district mediation room"),
    "court_room": ("驻院调解室", "Court mediation room"),
    "police_room": ("派出所调解室", "Police-station mediation room"),
    "other": ("其他", "Other"),
})


class Role(StrEnum):
    """User roles; permissions in :mod:`guanlan_desk.domain.roles`."""

    ADMIN = "admin"
    MEDIATOR = "mediator"
    GRID_OFFICER = "grid_officer"
    VIEWER = "viewer"
    OFFICE_ADMIN = "office_admin"
    OFFICE_STAFF = "office_staff"


_labels(Role, {
    "admin": ("管理员", "Administrator"),
    "mediator": ("调解员", "Mediator"),
    "grid_officer": ("网格员", "Grid officer"),
    "viewer": ("查看者", "Viewer"),
    "office_admin": ("街道管理员", "Office administrator"),
    "office_staff": ("街道工作人员", "Office staff"),
})


class WorkstationRole(StrEnum):
    """One installation is a community workstation or the street office."""

    COMMUNITY = "community"
    OFFICE = "office"


_labels(WorkstationRole, {
    "community": ("社区工作站", "Community workstation"),
    "office": ("街道办", "Street office"),
})


class AuditAction(StrEnum):
    """What an audit event records."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    UNMASK = "unmask"
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    PASSWORD = "password"
    KEY = "key"
    BACKUP = "backup"
    RESTORE = "restore"


_labels(AuditAction, {
    "create": ("新建", "Create"),
    "update": ("修改", "Update"),
    "delete": ("删除", "Delete"),
    "unmask": ("查看个人信息", "View personal data"),
    "print": ("打印", "Print"),
    "export": ("导出", "Export"),
    "import": ("导入", "Import"),
    "login": ("登录", "Login"),
    "login_failed": ("登录失败", "Failed login"),
    "logout": ("退出", "Logout"),
    "password": ("修改密码", "Password change"),
    "key": ("密钥操作", "Key operation"),
    "backup": ("备份", "Backup"),
    "restore": ("恢复备份", "Restore"),
})
