"""Demo content for local development: believable Orange County lettings, members and
pictures, all generated here (nothing is downloaded). Load it with
`python manage.py load_demo_content`; see docs/demo.md."""
