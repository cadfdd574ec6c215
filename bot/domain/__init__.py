"""Domain: what a question asks (intent, topics, follow-ups), whether the articles cover it (scope), and the
bot's own wording (answer framing, the no-answer text, example and follow-up questions)."""
