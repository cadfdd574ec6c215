"""Red-flag and crisis lexicons found missing in safety round fifty-two (session 31, its third round): Chinese and
Korean, which had none (a person writing "我真的不想活了" or "그냥 죽고 싶다는 생각만 들어요" got the English-only
notice without the crisis words; both legs weak with bladder and bowel control going, or numbness of the buttocks and
groin with urine not coming, got it without the red flags). Joined to `lexicon_scripts_more.MORE_SCRIPT_LEXICONS`
(`join`, one import and one call), matched over `lexicon_scripts.fold_script` like the Japanese of round 51.

Chinese is written without spaces, so its patterns are unanchored (as Japanese), in simplified and traditional
characters; Korean is spaced, but a particle clings to its noun, so it is unanchored too, with gaps of a few
characters (`.{0,8}`). Concepts and sources as in `lexicon_scripts_round51`: the NHS red flags for back pain and
cauda equina syndrome (not being able to pee, losing bladder or bowel control, numbness of the buttocks, groin or
between the legs, both legs numb or weak, a fall from a height or a road accident, chest pain, difficulty breathing,
a fever with back pain), reference §2.3 (vomiting blood, black tarry stools; a child who swallowed tablets) and the
crisis signs of the WHO suicide fact sheet (Chinese edition) and Korea's Ministry of Health and Welfare suicide
prevention pages (자살예방, https://www.mohw.go.kr): wanting to die, not wanting to live, suicide, self-harm and
cutting oneself, hanging, jumping, ending one's life, how many tablets it takes to die or to "sleep forever".
Written from dictionaries (Xiandai Hanyu Cidian; the National Institute of Korean Language's 표준국어대사전) in
the words people type, **not reviewed by a native speaker or clinician**. Not matched: the idioms 想死你了 ("missed
you to death"), 疼死了 / 痛死了 ("hurts to death"), 아파 죽겠어요 ("hurts to death"); a finger cut while cooking
(割到手指); 일을 끝내고 싶어요 ("want to finish the work"); 黑便 / 검은 변 alone (iron darkens stools).
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    BLADDER,
    BOWEL,
    BREATHING,
    CHEST,
    CRISIS,
    FEVER,
    LEGS,
    POISONING,
    SADDLE,
    TRAUMA,
    LangConcept,
)
from bot.safety.language_patterns import GI as _GI  # noqa: E402
from bot.safety.lexicon_scripts import unanchored as _cjk

_ZH_MEDICINE = r"(?:药|藥|药片|藥片|安眠药|安眠藥|止痛药|止痛藥|维生素|維生素|铁剂|鐵劑|铁片|鐵片|片)"
_ZH_CHILD = (r"(?:孩子|儿子|兒子|女儿|女兒|宝宝|寶寶|小孩|婴儿|嬰兒|孙子|孫子|"
             r"[0-9一两兩二三四五]岁|[0-9一两兩二三四五]歲)")
_ZH_FAINT = r"(?:头晕|頭暈|晕倒|暈倒|昏倒|快要晕|站不稳|站不穩)"
_ZH_BACK = r"(?:腰|背|脊)"
_ZH_LEGS = r"(?:两条腿|兩條腿|双腿|雙腿|两腿|兩腿|两只脚|兩隻腳|双脚|雙腳|两边的腿|兩邊的腿)"

CHINESE: tuple[LangConcept, ...] = (
    _cjk("crisis", "C", CRISIS,
         r"不想活|活不下去|不想再活|活着没意思|活著沒意思|活着没有意义|活著沒有意義|想死(?!你|他|她|我了|了你)|想去死|"
         r"自杀|自殺|轻生|輕生|寻死|尋死|了结自己|了結自己|结束(?:自己的)?生命|結束(?:自己的)?生命|"
         r"割腕|(?:刀|刀片|剃刀|美工刀).{0,4}(?:割|划|劃)(?:自己|手腕|手臂|胳膊|大腿)|(?:割|划|劃)自己|自残|自殘|"
         r"自伤|自傷|想伤害自己|想傷害自己|跳楼|跳樓|上吊|不想醒来|不想醒來|永远不要醒|永遠不要醒|死了算了|"
         r"(?:吃|吞)(?:多少|几|幾)(?:片|颗|顆|粒).{0,10}(?:会死|會死|能死|死掉|就死|死得了)|"
         r"(?:所有的|全部的?)" + _ZH_MEDICINE + r".{0,4}(?:一起|一次)?(?:吃|吞)|"
         r"没有我.{0,6}(?:更好|会好|會好)|沒有我.{0,6}(?:更好|會好)"),
    _cjk("gi_bleeding", "E", _GI, r"吐血|呕血|嘔血|柏油(?:样|樣)?(?:的)?(?:大便|便)|咖啡渣"),
    _cjk("gi_bleeding", "E", _GI, r"黑便|大便(?:是|变|變)?黑|黑色(?:的)?大便", _ZH_FAINT),
    _cjk("bladder_problem", "E", BLADDER,
         r"(?:大小便|小便|尿).{0,6}(?:控制不住|控制不了|失禁|憋不住|忍不住|不受控制)|尿失禁|小便失禁|"
         r"(?:尿|小便)不出(?:来|來)?|排不出(?:尿|小便)|解不出小便|尿裤子|尿褲子"),
    _cjk("bowel_problem", "E", BOWEL,
         r"(?:大小便|大便).{0,6}(?:控制不住|控制不了|失禁|憋不住|不受控制)|大便失禁|拉在裤子|拉在褲子"),
    _cjk("saddle_numbness", "E", SADDLE,
         r"(?:屁股|臀部|肛门|肛門|会阴|會陰|下体|下體|私处|私處|腹股沟|腹股溝|大腿内侧|大腿內側|裆部|襠部)"
         r".{0,8}(?:麻|没有?感觉|沒有?感覺|没知觉|沒知覺|失去知觉|失去知覺)|马鞍区|馬鞍區"),
    _cjk("leg_weakness_or_numbness", "E", LEGS,
         _ZH_LEGS + r".{0,8}(?:没力气|沒力氣|没有力气|沒有力氣|无力|無力|发麻|發麻|麻木|没有?知觉|沒有?知覺|"
         r"没有?感觉|沒有?感覺|不听使唤|不聽使喚|动不了|動不了)|走不了路|不能走路|站不起来|站不起來"),
    _cjk("significant_trauma", "E", TRAUMA,
         r"从.{0,6}(?:梯子|屋顶|楼梯|高处|树上|马上|摩托车|阳台).{0,4}(?:摔|掉|跌|滚)|"
         r"從.{0,6}(?:梯子|屋頂|樓梯|高處|樹上|馬上|摩托車|陽台).{0,4}(?:摔|掉|跌|滾)|车祸|車禍|被车撞|被車撞"),
    _cjk("chest_pain", "E", CHEST, r"胸(?:口)?(?:痛|疼|闷|悶|发紧|發緊)|胸部(?:疼痛|剧痛|劇痛)"),
    _cjk("breathing_difficulty", "E", BREATHING,
         r"喘不过气|喘不過氣|喘不上气|喘不上氣|呼吸困难|呼吸困難|透不过气|透不過氣"),
    _cjk("fever_with_back_pain", "U", FEVER, r"发烧|發燒|发热|發熱|高烧|高燒|寒战|寒顫|(?:38|39|40)(?: [0-9])?度",
         _ZH_BACK),
    _cjk("poisoning", "P", POISONING,
         _ZH_MEDICINE + r".{0,10}(?:吞了|吃了|吞下|误食|誤食|误服|誤服)|(?:吞了|吃了|吞下|误食|誤食|误服|誤服).{0,10}"
         + _ZH_MEDICINE, _ZH_CHILD),
)

_KO_MEDICINE = r"(?:약|알약|수면제|진통제|영양제|철분제|비타민|타이레놀)"
_KO_CHILD = r"(?:아이가|아이는|아기가|애기가|애가|아들|딸|손주|[0-9]살|두 살|세 살|네 살)"
_KO_BACK = r"(?:허리|등|척추)"
_KO_FAINT = r"(?:어지러|어지럽|기절|쓰러질|쓰러졌|정신을 잃)"

KOREAN: tuple[LangConcept, ...] = (
    _cjk("crisis", "C", CRISIS,
         r"죽고 ?싶|죽어 ?버리고 ?싶|자살|살고 ?싶지 ?않|살기 ?싫|더 이상 살 이유|살 이유가 없|사라지고 ?싶|"
         r"목을 매|목매|뛰어내리고 ?싶|뛰어내릴까|손목을 (?:긋|그었|그어)|자해|목숨을 끊|삶을 끝내|인생을 끝내|"
         r"(?:다|모든 ?걸|모든 것을|전부) 끝내고 ?싶|영원히 (?:잠들|눈을 감)|"
         r"(?:몇 ?알|몇 ?개|얼마나).{0,16}(?:죽을 수|죽나요|죽어요|죽습니까|죽을까)|"
         r"(?:나|내가|제가) 없으면 .{0,8}(?:나을|편할|행복할)"),
    _cjk("gi_bleeding", "E", _GI, r"피를 토|토혈|각혈|(?:타르|짜장) ?(?:같은|처럼) ?(?:변|똥)"),
    _cjk("gi_bleeding", "E", _GI, r"(?:검은|까만|시커먼) ?(?:변|똥)|변이 (?:검|까맣)", _KO_FAINT),
    _cjk("bladder_problem", "E", BLADDER,
         r"(?:소변|오줌)(?:이|을|가)? ?(?:잘 ?)?(?:안 ?나|나오지 ?않|못 ?보|볼 수 ?없|못 ?누|참을 수 ?없|새|지리)|"
         r"(?:요|소변 ?)실금|대소변.{0,8}(?:못 ?가리|조절이 안|조절을 못|실수)"),
    _cjk("bowel_problem", "E", BOWEL, r"(?:대변|변)(?:을|이)? ?(?:지리|참을 수 ?없|조절이 안|조절을 못)|변실금"),
    _cjk("saddle_numbness", "E", SADDLE,
         r"(?:엉덩이|사타구니|항문|회음부|생식기|성기|허벅지 안쪽).{0,12}(?:감각이 ?없|감각이 ?둔|무감각|마비|저리|"
         r"저려|먹먹)"),
    _cjk("leg_weakness_or_numbness", "E", LEGS,
         r"(?:양쪽 ?다리|두 ?다리|양다리|다리 둘 다|양발|두 ?발).{0,10}"
         r"(?:힘이 ?없|힘이 ?빠|힘이 안|마비|저리|저려|감각이 ?없|"
         r"움직이지 ?않|못 ?움직)|걸을 수가? ?없|걷지 ?못|일어설 수가? ?없"),
    _cjk("significant_trauma", "E", TRAUMA,
         r"(?:사다리|지붕|계단|높은 곳|나무|오토바이|자전거|말|베란다)에서 ?(?:떨어|굴러|추락)|교통사고|차에 치"),
    _cjk("chest_pain", "E", CHEST, r"가슴(?:이|에|이 너무)? ?(?:통증|아프|아파|조이|조여|답답|압박)|흉통"),
    _cjk("breathing_difficulty", "E", BREATHING, r"숨(?:을|이)? ?(?:쉬기가? ?힘들|못 ?쉬|쉴 수 ?없|막혀)|호흡 ?곤란"),
    _cjk("fever_with_back_pain", "U", FEVER, r"열이 ?(?:나|있|높|안 ?떨어)|고열|발열|오한|(?:38|39|40)(?: [0-9])?도",
         _KO_BACK),
    _cjk("poisoning", "P", POISONING,
         _KO_MEDICINE + r".{0,12}(?:삼켰|삼켜|먹었|먹어 ?버렸|주워 ?먹)", _KO_CHILD),
)


def join(lexicons: dict[str, tuple[LangConcept, ...]]) -> None:
    """Add Chinese and Korean to `lexicons` (`lexicon_scripts_more.MORE_SCRIPT_LEXICONS`), in place."""
    for language, concepts in (("zh", CHINESE), ("ko", KOREAN)):
        lexicons[language] = lexicons.get(language, ()) + concepts
