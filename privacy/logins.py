"""Sign-in records (kept by the login throttling) as part of a member's data."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog

from profiles.personal_data import PersonalData


def logins_export(user) -> PersonalData:
    username = user.get_username()
    return PersonalData(
        data={
            "sign_ins": [
                {
                    "at": log.attempt_time.isoformat(),
                    "ip_address": log.ip_address,
                    "user_agent": log.user_agent,
                }
                for log in AccessLog.objects.filter(username=username).order_by("pk")
            ],
            "failed_sign_ins": [
                {"at": log.attempt_time.isoformat(), "ip_address": log.ip_address}
                for log in AccessFailureLog.objects.filter(username=username).order_by(
                    "pk"
                )
            ],
        }
    )


def logins_erase(user) -> None:
    username = user.get_username()
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username=username).delete()
