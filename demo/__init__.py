"""Tools for a developer's machine, installed by the dev and test settings only: the demo
content (believable Orange County lettings, members and pictures, all generated here,
nothing downloaded) and the local admin. `python manage.py load_demo_content` and
`ensure_local_admin` refuse to run with DEBUG off; see docs/demo.md."""
