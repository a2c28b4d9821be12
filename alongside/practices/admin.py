from django.contrib import admin

from alongside.practices.models import Membership, Practice


class MembershipInline(admin.TabularInline):
    model = Membership
    raw_id_fields = ["user"]
    extra = 0


@admin.register(Practice)
class PracticeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "region", "created_at"]
    inlines = [MembershipInline]
