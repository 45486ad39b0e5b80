"""The district sync server (FastAPI). Importing it never loads Qt."""
