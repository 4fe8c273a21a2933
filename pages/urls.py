from django.urls import path

from . import views

app_name = "pages"

urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about_index, name="about"),
    path("about/<slug:slug>/", views.about_page, name="about_page"),
]
