"""WebSocket routes; each live app appends its own consumers here."""

websocket_urlpatterns: list = []
