"""Realistic generated people and organisations for DEMO data (deterministic for a seeded Random)."""

from __future__ import annotations

import random
from datetime import date

from guanlan_desk.domain import idcard, uscc
from guanlan_desk.domain.enums import Sex

_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
             "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方")
_MALE = "伟强磊军勇杰涛明超华建平志刚俊辉鹏斌宇浩凯健文博国庆东海波林峰成家兴荣振德新立永春亮"
_FEMALE = "芳娜敏静丽艳娟霞秀燕玲桂英萍红梅琳雪倩颖慧婷晶莉兰凤洁琴云莹珍蓉欣怡佳月华春"
_AREAS = ("440309", "440306", "440304", "440307", "430521", "441581", "452128", "360731", "511381", "445281",
          "441426", "350583", "420821")
_COMPANY_HEAD = ("观澜", "龙华", "鹏程", "华南", "新澜", "库坑", "大富", "君子布", "金源", "宏达", "恒通", "盛世")
_COMPANY_TRADE = ("电子", "精密五金", "塑胶制品", "物业管理", "建筑劳务", "餐饮管理", "物流", "家具", "服装", "包装材料")
_ROADS = ("观澜大道", "环观南路", "观天路", "桂花路", "新澜路", "库坑大道", "君子布路", "樟坑径路", "大富路", "黎光路")
_ORG_CODE_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


class DemoPeople:
    """Names, valid ID numbers, phones, addresses and companies drawn from ``rng``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def name(self, sex: Sex) -> str:
        """A plausible Chinese name (a few compound surnames)."""
        surname = self.rng.choice(_COMPOUND) if self.rng.random() < 0.02 else self.rng.choice(_SURNAMES)
        pool = _MALE if sex == Sex.MALE else _FEMALE
        given = "".join(self.rng.choice(pool) for _ in range(self.rng.choice((1, 2, 2, 2))))
        return surname + given

    def resident_id(self, birth: date, sex: Sex, area: str | None = None) -> str:
        """A valid 18-character ID number whose sequence parity matches ``sex``."""
        seq = self.rng.randrange(0, 500) * 2 + (1 if sex == Sex.MALE else 0)
        body = f"{area or self.rng.choice(_AREAS)}{birth:%Y%m%d}{seq:03d}"
        return body + idcard.check_char(body)

    def mobile(self) -> str:
        """An 11-digit mainland mobile number."""
        return self.rng.choice(("13", "15", "18", "19", "17")) + f"{self.rng.randrange(10**9):09d}"

    def uscc(self, prefix: str = "91") -> str:
        """A valid unified social credit code (inner organisation code check included)."""
        org8 = "".join(self.rng.choice(_ORG_CODE_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        total = sum(_ORG_CODE_CHARS.index(c) * w for c, w in zip(org8, _ORG_WEIGHTS))
        c9 = 11 - total % 11
        org9 = org8 + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
        body = prefix + "440309" + org9
        return body + uscc.uscc_check_char(body)

    def company_name(self) -> str:
        """A company name in the Shenzhen style."""
        return f"深圳市{self.rng.choice(_COMPANY_HEAD)}{self.rng.choice(_COMPANY_TRADE)}有限公司"

    def address(self, community: str) -> str:
        """A street address in the community."""
        r = self.rng
        return (f"深圳市龙华区观澜街道{community}{r.choice(_ROADS)}{r.randint(1, 300)}号"
                f"{r.randint(1, 12)}栋{r.randint(1, 30)}{r.randint(1, 12):02d}房")
