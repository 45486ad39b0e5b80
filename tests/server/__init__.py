import warnings

# starlette's TestClient warns about httpx on import; the tests use it on purpose.
warnings.filterwarnings("ignore", message=".*httpx2.*")
