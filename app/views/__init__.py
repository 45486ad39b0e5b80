"""PySide6 widgets. The only package (with app.main) that imports Qt."""
