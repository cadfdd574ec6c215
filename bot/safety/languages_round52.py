"""The English-only notice in Chinese and Korean (safety round fifty-two, session 31), joined to
`languages.SCRIPT_NOTICES` and `SCRIPT_CRISIS_NOTICES` (one import, one call), so a message in either gets it followed
by the English one, as Japanese, Hindi and Arabic do. The English notice names 112, 999 and 911 only.

Chinese: ambulance **120** in mainland China (National Health Commission, 院前医疗急救), **999** in Hong Kong (Hong
Kong Police Force / Fire Services Department) and **119** in Taiwan (National Fire Agency, 內政部消防署). The crisis
form adds **12356**, the national psychological assistance line (全国统一心理援助热线, National Health Commission,
in service across the provinces from 1 January 2025) and Taiwan's **1925** (安心專線, Ministry of Health and Welfare,
free, 24 hours).

Korean: **119** (National Fire Agency, 소방청: ambulance and fire). The crisis form adds **109**, the single suicide
prevention line (자살예방상담전화, Ministry of Health and Welfare, 보건복지부, free and 24 hours since 1 January 2024).

Written by the safety helper, **not reviewed by a native speaker**; the numbers want checking each release.
"""

from __future__ import annotations

ZH_NOTICE = ("**本服务只用英文回答。** 紧急情况请立即拨打急救电话：**120**（中国大陆）、**999**（香港）或 **119**"
             "（台湾）。")
ZH_CRISIS_NOTICE = ("**本服务只用英文回答。** 紧急情况，或者您有伤害自己的念头，"
                    "请立即拨打急救电话：**120**（中国大陆）、"
                    "**999**（香港）或 **119**（台湾）。您也可以拨打心理援助热线 **12356**（中国大陆）或安心专线 "
                    "**1925**（台湾，24小时免费）找人倾诉。")
KO_NOTICE = "**이 서비스는 영어로만 답변합니다.** 응급 상황이면 지금 바로 **119**에 전화하세요."
KO_CRISIS_NOTICE = ("**이 서비스는 영어로만 답변합니다.** 응급 상황이거나 스스로를 해치고 싶은 생각이 든다면 지금 바로 "
                    "**119**에 전화하세요. 자살예방상담전화 **109**(24시간, 무료)에서도 이야기를 들어 드립니다.")


def join(notices: dict[str, str], crisis_notices: dict[str, str]) -> None:
    """Add the Chinese and Korean notices to `languages.SCRIPT_NOTICES` and `SCRIPT_CRISIS_NOTICES`, in place."""
    notices.update(zh=ZH_NOTICE, ko=KO_NOTICE)
    crisis_notices.update(zh=ZH_CRISIS_NOTICE, ko=KO_CRISIS_NOTICE)
