import json

Q = [
 # vitamin_a
 ("vitamin_a", "what does vitamin A actualy do in the body?",
  ["important for normal vision, the immune system, and reproduction", "helps the heart, lungs, kidneys, and other organs work properly"]),
 ("vitamin_a", "which foods have a lot of vitamen A",
  ["Beef liver and other organ meats", "Green leafy vegetables and other green, orange, and yellow vegetables", "Fruits, including cantaloupe, apricots, and mangos"]),
 ("vitamin_a", "what happens to your eyes if you dont get enough vitamin a",
  ["an eye condition called xerophthalmia", "Xerophthalmia is the inability to see in low light", "it can lead to blindness if it isn't treated"]),
 ("vitamin_a", "who is most likely to be low on vitamin A?",
  ["Premature infants, who often have low levels of vitamin A", "Infants, young children, pregnant women, and breastfeeding women in developing countries"]),
 ("vitamin_a", "is it dangerous to take too much vitamin A, esp if pregnant",
  ["can cause dizziness, nausea, headaches, coma, and even death", "can also cause birth defects in their babies"]),
 ("vitamin_a", "i eat a ton of carrots and my skin looks kind of orange. is that harmful??",
  ["can turn the skin yellow-orange, but this condition is harmless"]),
 ("vitamin_a", "can vitamin A supplements help a child who has measles",
  ["can shorten the fever and diarrhea caused by measles", "lower the risk of death in children with measles"]),
 ("vitamin_a", "does the weight loss pill orlistat interfere with vitamin A",
  ["can decrease the absorption of vitamin A, causing low blood levels in some people"]),
 # pagets_disease
 ("pagets_disease", "what is pagets disease of the bone",
  ["causes affected bones to become enlarged and misshapen", "old bone is broken down and replaced at a faster rate than normal"]),
 ("pagets_disease", "what causes Paget's disease? is it inherited",
  ["Researchers are not sure what causes it", "Heredity may be a factor in some cases", "such as a slow-acting virus"]),
 ("pagets_disease", "what are the symptoms of pagets disease",
  ["Common symptoms include pain, misshapen bones, and a greater chance of broken bones", "osteoarthritis of the joints adjacent to bone affected by the disease"]),
 ("pagets_disease", "how do doctors test for Paget's disease, is there a blood test for it?",
  ["X-rays are almost always used to diagnose Paget's disease", "an alkaline phosphatase blood test"]),
 ("pagets_disease", "which medications are used to treat paget's disease of bone",
  ["These medications fall into two categories: bisphosphonates and calcitonin", "Doctors most commonly recommend the strongest ones"]),
 ("pagets_disease", "who tends to get Paget's disease more, men or women?",
  ["more common in older people and those of Northern European heritage", "Men are more likely than women to have the disease"]),
 ("pagets_disease", "can pagets disease turn into bone cancer",
  ["Paget's disease is linked to the development of osteosarcoma, a type of bone cancer", "Less than one percent of patients have this complication"]),
 ("pagets_disease", "my father has Paget's disease of bone - should me and my siblings get checked?",
  ["Because Paget's disease can be hereditary", "having an alkaline phosphatase blood test every 2 to 3 years"]),
 # osteoporosis
 ("osteoporosis", "what is osteoperosis exactly",
  ["thins and weakens the bones to the point that they become fragile", "most often break bones in the hip, spine, and wrist"]),
 ("osteoporosis", "why are women more at risk of osteoporosis than men",
  ["Women are at higher risk for osteoporosis than men", "lose bone more rapidly than men do because of hormone changes that occur after menopause"]),
 ("osteoporosis", "does smoking make your bones weaker?",
  ["Cigarette smokers may absorb less calcium from their diets", "women who smoke have lower levels of estrogen in their bodies"]),
 ("osteoporosis", "what are the first signs of osteoporosis, does it hurt?",
  ["Osteoporosis does not have any symptoms until a fracture occurs", "Height loss of one inch or more may be the first sign"]),
 ("osteoporosis", "what test checks for osteoporosis and what's a t-score",
  ["The test used to diagnose osteoporosis is called a bone density test", "The test result, known as a T-score, tells you how strong your bones are"]),
 ("osteoporosis", "at what age should a woman get screened for bone thinning",
  ["recommends that women aged 65 and older be screened (tested) for osteoporosis"]),
 ("osteoporosis", "what side effects do bisphosphonate pills and infusions have",
  ["may include nausea, heartburn, and stomach pain", "flu-like symptoms such as fever, pain in muscles or joints, and headaches"]),
 ("osteoporosis", "can any medicines cause bone loss",
  ["These include a type of steroid called glucocorticoids", "Using too much thyroid hormone for an underactive thyroid can also be a problem"]),
]
OOS = [
 ("what is the success rate of hip replacement surgery for people with paget's disease, and how long is recovery?",
  "Near the pagets_disease article: it says hip or knee replacement surgery may help people with severe arthritis, but gives no success rates, outcomes or recovery times. The tool should say the sources do not cover this rather than invent figures. Lexical bait: osteoporosis.txt says people who break a hip 'might not recover for months or even years' (about hip fractures, not Paget's surgery)."),
 ("what are the symptoms of osteogenesis imperfecta (brittle bone disease) in babies?",
  "Near the bone articles (osteoporosis, Paget's disease) but a different condition none of the articles describe; no vitamin D/calcium/back-pain article covers it either."),
 ("how many days is someone with the flu contagious?",
  "Unrelated infectious-disease question; not covered by these articles or by the existing nutrient/back-pain articles. Lexical bait only: osteoporosis.txt mentions 'flu-like symptoms' as a bisphosphonate side effect."),
 ("what is a normal resting heart rate for a 15 year old?",
  "Unrelated vital-signs question; no article gives heart-rate ranges."),
]
with open("questions.jsonl", "w", encoding="utf-8") as f:
    n = 0
    for doc, q, gold in Q:
        n += 1
        f.write(json.dumps({"id": f"op{n:02d}", "kind": "answer", "question": q, "gold": gold, "doc": doc}, ensure_ascii=False) + "\n")
    for q, note in OOS:
        n += 1
        f.write(json.dumps({"id": f"op{n:02d}", "kind": "out_of_scope", "question": q, "note": note}, ensure_ascii=False) + "\n")
print(n, "questions")
