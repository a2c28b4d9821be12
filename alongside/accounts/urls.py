from django.urls import path

from alongside.accounts import views

urlpatterns = [
    path("login/", views.sign_in, name="login"),
    path("login/code/", views.sign_in_code, name="login_code"),
    path("logout/", views.sign_out, name="logout"),
    path("", views.account, name="account"),
    path("two-factor/", views.two_factor_setup, name="two_factor_setup"),
    path("two-factor/recovery-codes/", views.new_recovery_codes, name="new_recovery_codes"),
    path("keep-alive/", views.keep_alive, name="keep_alive"),
    path("session/", views.session_status, name="session_status"),
    path("password-reset/", views.password_reset, name="password_reset"),
    path("password-reset/sent/", views.password_reset_done, name="password_reset_done"),
    path(
        "password-reset/<uidb64>/<token>/",
        views.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path("password-reset/done/", views.password_reset_complete, name="password_reset_complete"),
]
