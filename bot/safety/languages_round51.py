"""The English-only notice in Japanese (safety round fifty-one, session 31), joined to `languages.SCRIPT_NOTICES` and
`SCRIPT_CRISIS_NOTICES` (one import, one call), so a message in Japanese gets it followed by the English one, as
Hindi and Arabic do. Round 51 found Japanese written to the tool with no notice in it: the English one names 112,
999 and 911, and Japan's ambulance and fire number is 119 (Fire and Disaster Management Agency, 救急車の利用
マニュアル; 110 is the police).

The crisis form adds a helpline: よりそいホットライン 0120-279-338, free and open 24 hours (a Ministry of Health,
Labour and Welfare-funded line listed on its "まもろうよ こころ" pages, https://www.mhlw.go.jp/mamorouyokokoro/).
Written by the safety helper, **not reviewed by a native speaker**; the numbers want checking each release.
"""

from __future__ import annotations

JA_NOTICE = "**このサービスは英語でのみ回答します。** 緊急の場合は、今すぐ **119**（救急車）に電話してください。"
JA_CRISIS_NOTICE = ("**このサービスは英語でのみ回答します。** 緊急の場合、または自分を傷つけることを考えている場合は、"
                    "今すぐ **119**（救急車）に電話してください。よりそいホットライン **0120-279-338**"
                    "（24時間・無料）でも話を聞いてもらえます。")


def join(notices: dict[str, str], crisis_notices: dict[str, str]) -> None:
    """Add the Japanese notices to `languages.SCRIPT_NOTICES` and `SCRIPT_CRISIS_NOTICES`, in place."""
    notices["ja"] = JA_NOTICE
    crisis_notices["ja"] = JA_CRISIS_NOTICE
