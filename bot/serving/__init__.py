"""Serving: the HTTP app and its guards, the overload line, the server's answer path, the chat's
presentation, feedback and page assets. `ui.py` wires Gradio to it."""
