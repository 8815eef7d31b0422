"""Lore: the dataset in data/*.yaml, its models, loader/validation, spoiler policy and search index.

models.py    pydantic models (frozen) and `Dataset`
loader.py    `load_dataset(data_dir) -> Dataset`, raising `DatasetError` that lists every problem
spoilers.py  `SpoilerPolicy` and whether a field is shown openly or as ||spoiler||
search.py    `LoreIndex`: search, autocomplete, get, closest (rapidfuzz, built once)

Nothing here imports discord: cogs render, this package knows the show.
"""
