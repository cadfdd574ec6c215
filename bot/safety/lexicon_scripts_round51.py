"""Red-flag and crisis lexicons found missing in safety round fifty-one (session 31): Japanese, which had none (a
person writing "もう死にたい" or "さっき手首を切ってしまった" got the English-only notice without the crisis words, and
tarry stools with near fainting got it without the red flags), and forms Russian and Arabic lacked. Joined to
`lexicon_scripts_more.MORE_SCRIPT_LEXICONS` (`join`, one import and one call), so matched over
`lexicon_scripts.fold_script` like the other script lexicons.

Japanese is written without spaces, so its patterns are not anchored on words: each is a phrase of kana and kanji
that no other language of the lexicons writes (Chinese shares kanji: 自殺 is "suicide" there too), with gaps of a few
characters (`.{0,8}`) where a particle or a noun may stand. Concepts and sources as in `lexicon_scripts`: the NHS red
flags for back pain and cauda equina syndrome (not being able to pee, wetting or soiling oneself, numbness between
the legs or around the bottom, both legs numb or weak, a fall from a height or a road accident, chest pain,
difficulty breathing, a fever with back pain), reference §2.3 (black, tarry stools; a child who swallowed tablets)
and the crisis signs of the WHO suicide fact sheet with Japan's Ministry of Health "まもろうよ こころ" pages
(https://www.mhlw.go.jp/mamorouyokokoro/): wanting to die or disappear, not wanting to live, suicide, cutting one's
wrist or self-harm, hanging, jumping, not waking up, everyone better off without me, all of one's medicine at
once, how many tablets it takes to die. Written from dictionaries (Kenkyusha, Daijirin) in the words people type,
**not reviewed by a native speaker or clinician**. Not matched: 死ぬほど痛い ("hurts like death"), 黒い便 alone (iron
darkens stools; kept when told tarry or with fainting), 熱い ("hot").

Russian: dying told as the purpose of a quantity ("сколько таблеток … нужно выпить, чтобы умереть"; the older form
allowed four words between); not "чтобы не умереть" (so as not to die). Arabic: all of one's (or another's) pills
gathered, with swallowing them, "at once" or a farewell beside it ("جمعت كل حبوب أمي وسأبلعها الليلة. وداعاً
للجميع"); gathering alone (to sort or return them) is no crisis. WHO fact sheet (Russian and Arabic editions): means
collected, a plan, saying goodbye.
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
from bot.safety.lexicon_scripts import _W, SCRIPT_LEXICONS
from bot.safety.lexicon_scripts import _script as script
from bot.safety.lexicon_scripts import unanchored as _ja

_JA_MEDICINE = r"(?:薬|くすり|錠剤|睡眠薬|鎮痛剤|痛み止め|サプリ|鉄剤|タブレット)"
_JA_CHILD = r"(?:子|息子|娘|赤ちゃん|赤ん坊|幼児|孫|[0-9一二三四五]歳|[0-9一二三四五]才)"
_JA_FAINT = r"(?:ふらふら|フラフラ|めまい|目まい|眩暈|倒れそう|倒れた|気を失|失神|意識が遠)"
_JA_BACK = r"(?:腰|背中|背骨|脊椎)"

JAPANESE: tuple[LangConcept, ...] = (
    _ja("crisis", "C", CRISIS,
        r"死にたい|死んでしまいたい|死んだ方が(?:まし|いい|楽)|消えたい|消えてしまいたい|いなくなりたい|"
        r"生きていたくない|生きたくない|生きていく自信がない|生きる意味がない|生きている意味がない|自殺|自死|"
        r"首を吊|首吊り|飛び降りたい|飛び降りよう|飛び降りるつもり|命を絶|"
        r"手首を切|リスカ|リストカット|自傷|(?:自分で|わざと|カッターで|カミソリで|剃刀で).{0,6}(?:腕|手首|足|太もも)を?切|"
        r"(?:目が覚めなければ|二度と目が覚め|もう目覚めたくない|朝が来なければ)|"
        r"(?:私|僕|俺|自分)(?:なんか|など)?が?いない方が|"
        r"(?:全部の|全ての|すべての|ありったけの)" + _JA_MEDICINE + r"を?.{0,4}(?:飲|のむ|のん)|"
        + _JA_MEDICINE + r"を?(?:全部|まとめて|一気に|ぜんぶ).{0,4}(?:飲|のむ|のん)|"
        r"(?:何錠|何粒|どれくらい|どのくらい|どれだけ).{0,16}(?:死ね|死ぬ|死にま)"),
    _ja("gi_bleeding", "E", _GI,
        r"タール|ねばねば.{0,6}便|便.{0,6}ねばねば|吐血|血を吐|下血|コーヒーかす|コーヒーの?かす"),
    _ja("gi_bleeding", "E", _GI, r"(?:黒い|真っ黒な?|黒っぽい)(?:便|うんち)|便が(?:真っ)?黒", _JA_FAINT),
    _ja("bladder_problem", "E", BLADDER,
        r"(?:尿|おしっこ|小便)が(?:出ない|出なく|出せない|出ません)|排尿(?:できな|ができな)|"
        r"(?:尿|おしっこ)を?(?:漏らし|もらし)|失禁|尿意(?:が|を)?(?:感じな|ない)"),
    _ja("bowel_problem", "E", BOWEL, r"(?:便|うんち|大便)を?(?:漏らし|もらし)|便失禁"),
    _ja("saddle_numbness", "E", SADDLE,
        r"(?:お尻|おしり|肛門|股|陰部|会陰|性器|股間|太ももの内側).{0,8}(?:しびれ|痺れ|感覚が(?:ない|なく|鈍)|麻痺)|"
        r"(?:しびれ|痺れ|感覚がない|麻痺).{0,8}(?:お尻|おしり|肛門|陰部|会陰|性器|股間)"),
    _ja("leg_weakness_or_numbness", "E", LEGS,
        r"両(?:足|脚|方の足).{0,8}(?:しびれ|痺れ|力が入らな|動かな|麻痺|感覚が(?:ない|なく))|"
        r"(?:足|脚)が(?:動かな|動かせな)|歩けな|立てな|立ち上がれな"),
    _ja("significant_trauma", "E", TRAUMA,
        r"(?:屋根|はしご|梯子|脚立|階段|高い所|高所|木|バイク|自転車|馬|ベランダ)から(?:落ち|転落|転げ落ち)|"
        r"交通事故|(?:車|バイク)(?:に|と)(?:はねられ|ぶつか|ひかれ)|追突"),
    _ja("chest_pain", "E", CHEST, r"胸(?:が|の)(?:痛|苦し|締め付け|しめつけ|圧迫)|胸痛"),
    _ja("breathing_difficulty", "E", BREATHING, r"息が(?:できな|苦し|吸えな)|呼吸が(?:苦し|できな)|息苦し"),
    _ja("fever_with_back_pain", "U", FEVER,
        r"発熱|熱が(?:ある|出|高|下がらな)|高熱|(?:38|39|40)(?: [0-9])?度|悪寒", _JA_BACK),
    _ja("poisoning", "P", POISONING,
        _JA_MEDICINE + r".{0,12}(?:飲んでしまった|飲み込んで?しまった|飲み込んだ|食べてしまった|食べた|誤飲|口に入れ)|"
        r"誤飲", _JA_CHILD),
)

RUSSIAN: tuple[LangConcept, ...] = (
    script("crisis", "C", CRISIS,
           rf"(?:сколько|какое количество|какая доза|какую дозу) {_W}{{0,8}}чтобы (?!не ){_W}{{0,1}}(?:умереть|"
           rf"не проснуться|отравиться насмерть|уйти навсегда)|(?:выпить|принять|проглотить|съесть) {_W}{{0,4}}"
           rf"чтобы (?!не ){_W}{{0,1}}умереть"),
)

_AR_PILLS = r"(?:\S?حبوب\S*|\S?الحبوب|\S?ادويه\S*|\S?الادويه|\S?دواء\S*|\S?اقراص\S*|\S?الاقراص)"
ARABIC: tuple[LangConcept, ...] = (
    script("crisis", "C", CRISIS,
           rf"(?:جمعت|اجمع|خبات|خزنت|اخفيت|جمعنا) {_W}{{0,1}}(?:كل|جميع) {_W}{{0,1}}{_AR_PILLS}",
           r"\S?سابلع\S*|\S?سابتلع\S*|\S?ساخذها كلها|\S?سابتلعها|\S?سابلعها|دفعه واحده|مره واحده|وداعا\S*|"
           r"\S?ساشربها\S*"),
)


def join(lexicons: dict[str, tuple[LangConcept, ...]]) -> None:
    """Add this module's concepts to `lexicons` (`lexicon_scripts_more.MORE_SCRIPT_LEXICONS`), in place. Its keys
    override `lexicon_scripts.SCRIPT_LEXICONS`' where both are merged (`languages.triage_other_languages`), so a
    language of that one (Arabic) starts from its concepts there."""
    for language, concepts in (("ja", JAPANESE), ("ru", RUSSIAN), ("ar", ARABIC)):
        lexicons[language] = (lexicons.get(language) or SCRIPT_LEXICONS.get(language, ())) + concepts
