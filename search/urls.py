from django.urls import path

from . import views

app_name = "search"

# Under the language prefix: /<lang>/search/?q=…&kind=…&page=…
urlpatterns = [
    path("", views.search, name="search"),
]
