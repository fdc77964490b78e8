"""Packaging glue pyproject.toml cannot say: the top-level resources/ folder ships inside
the wheel as the package inbox_app.resources (and resolves the same in an editable install)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["inbox_app", "inbox_app.*"]), "inbox_app.resources"],
    package_dir={"inbox_app.resources": "resources"},
)
