"""Reading the API as a client does: JSON, parsed, and every string it holds."""

API = "/api/v2/"


def get_json(client, path, status=200, **params):
    response = client.get(API + path, params)
    assert response.status_code == status, (path, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def titles(client, path, **params):
    return [item["title"] for item in get_json(client, path, **params)["items"]]


def strings_in(document):
    """Every key and value of a parsed JSON document, as text."""
    if isinstance(document, dict):
        return {str(key) for key in document} | {
            text for value in document.values() for text in strings_in(value)
        }
    if isinstance(document, list):
        return {text for value in document for text in strings_in(value)}
    return {str(document)}
