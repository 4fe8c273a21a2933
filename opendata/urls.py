from django.urls import path

from . import views

app_name = "opendata"

# The human page about the open data, under the language prefix (/ru/data/ …).
urlpatterns = [
    path("", views.index, name="index"),
]
