"""Scale data: private conversations and their messages.

The demo member `membre` takes part in many, one of them with
BUSY_CONVERSATION_MESSAGES messages.
"""

from datetime import timedelta

from home.scale import bulk_insert, historic_dates
from messaging.models import Conversation, Message, Participant, pair_key_for

SCALE_ORDER = 30
COUNTS = {"conversations": 5000, "chat_messages": 100000}
BUSY_CONVERSATION_MESSAGES = 5000
GROUP_SHARE = 0.1
MEMBER_SHARE = 0.02
UNREAD_SHARE = 0.1


def _members_of(ctx, member_id: int | None, pairs: set) -> list[int]:
    if ctx.rng.random() < GROUP_SHARE:
        size = ctx.rng.randint(3, 8)
        people = set(ctx.rng.sample(ctx.member_ids, size))
        if member_id:
            people.add(member_id)
        return sorted(people)
    while True:
        first = member_id or ctx.member_id()
        second = ctx.member_id()
        key = pair_key_for(first, second)
        if first != second and key not in pairs:
            pairs.add(key)
            return [first, second]


def generate(ctx) -> None:
    member = ctx.users.get("membre")
    member_id = member.pk if member else None
    pairs = set(
        Conversation.objects.exclude(pair_key="").values_list("pair_key", flat=True)
    )
    total = ctx.count("conversations")
    memberships = []
    conversations = []
    for n in range(total):
        mine = n == 0 or ctx.rng.random() < MEMBER_SHARE
        people = _members_of(ctx, member_id if mine else None, pairs)
        is_group = len(people) > 2
        conversations.append(
            Conversation(
                title=ctx.title()[:120] if is_group else "",
                is_group=is_group,
                pair_key="" if is_group else pair_key_for(*people),
                created_by_id=people[0],
                created_at=ctx.past(),
            )
        )
        memberships.append(people)
    with historic_dates(Conversation, Participant, Message):
        conversations = bulk_insert(
            ctx, "conversations", Conversation, conversations, total
        )
        messages_total = ctx.count("chat_messages")
        busy_count = min(BUSY_CONVERSATION_MESSAGES, messages_total // 2)
        owners = [0] * busy_count + list(range(1, total))
        owners += [
            ctx.rng.randrange(total)
            for _ in range(max(0, messages_total - len(owners)))
        ]
        planned = []
        for index in owners:
            conversation = conversations[index]
            age = max(60, int((ctx.now - conversation.created_at).total_seconds()))
            when = conversation.created_at + timedelta(seconds=ctx.rng.randint(0, age))
            planned.append((when, index))
        planned.sort()
        messages = bulk_insert(
            ctx,
            "chat messages",
            Message,
            (
                Message(
                    conversation_id=conversations[index].pk,
                    author_id=ctx.rng.choice(memberships[index]),
                    text=ctx.member_text(0.03),
                    created_at=when,
                )
                for when, index in planned
            ),
            len(planned),
        )
    last = {}
    for message in messages:
        last[message.conversation_id] = message
    for conversation in conversations:
        message = last.get(conversation.pk)
        conversation.last_message = message
        conversation.last_message_at = message.created_at if message else None
    Conversation.objects.bulk_update(
        conversations, ["last_message", "last_message_at"], batch_size=500
    )
    participants = []
    for conversation, people in zip(conversations, memberships, strict=True):
        message = last.get(conversation.pk)
        for user_id in people:
            read = message.pk if message and ctx.rng.random() > UNREAD_SHARE else 0
            participants.append(
                Participant(
                    conversation_id=conversation.pk,
                    user_id=user_id,
                    joined_at=conversation.created_at,
                    last_read_message_id=read,
                )
            )
    bulk_insert(ctx, "participants", Participant, participants, len(participants))
    ctx.figures["busy_conversation"] = conversations[0].pk
