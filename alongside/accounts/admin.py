from django.contrib import admin

from alongside.accounts.models import User


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    """For the site operator: accounts only, never anything a client wrote."""

    list_display = ["email", "chosen_name", "is_active", "date_joined"]
    search_fields = ["email", "chosen_name"]
    fields = ["email", "chosen_name", "pronouns", "is_active", "is_staff", "is_superuser"]
