"""Packaging glue pyproject.toml cannot say: the top-level resources/ folder ships inside
the wheel as the package inbox_app.resources (and resolves the same in an editable install).
Its sub-folders are data-only namespace packages, listed so setuptools ships them quietly."""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCE_FOLDERS = [
    f"inbox_app.resources.{name}"
    for name in find_namespace_packages(where="resources", exclude=["*__pycache__*"])
]

setup(
    packages=[
        *find_packages(include=["inbox_app", "inbox_app.*"]),
        "inbox_app.resources",
        *RESOURCE_FOLDERS,
    ],
    package_dir={"inbox_app.resources": "resources"},
)
