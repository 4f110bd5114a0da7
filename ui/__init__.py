"""The Streamlit app: thin pages over ``assistant`` (entry point ``ui/app.py``)."""
