"""Legacy values as the new site stores them, and setting only those that differ."""


def assign(instance, values):
    """Set the `values` that differ on `instance`; True if any did."""
    changed = [
        name for name, value in values.items() if getattr(instance, name) != value
    ]
    for name in changed:
        setattr(instance, name, values[name])
    return bool(changed)


def address_values(row):
    return {
        "number": row.number,
        "street": row.street,
        "city": row.city,
        "state": row.state,
        "zip_code": zip_code_text(row.zip_code),
        "country_iso_code": row.country_iso_code,
    }


def zip_code_text(legacy_zip_code):
    """The legacy integer zip code as five digits: 1234 was 01234 before it was stored."""
    if isinstance(legacy_zip_code, int):
        return f"{legacy_zip_code:05d}"
    # Anything else goes to the model's validators, which name the problem.
    return legacy_zip_code
