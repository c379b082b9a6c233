"""A storage that behaves like object storage: no local paths, signed URLs."""

from urllib.parse import urlencode

from django.core.files.storage import FileSystemStorage, Storage


class SignedUrlStorage(Storage):
    """Keeps the bytes in a folder but, like a bucket, exposes no file path."""

    def __init__(self, location):
        self._disk = FileSystemStorage(location=location)

    def _open(self, name, mode="rb"):
        return self._disk._open(name, mode)

    def _save(self, name, content):
        return self._disk._save(name, content)

    def exists(self, name):
        return self._disk.exists(name)

    def delete(self, name):
        self._disk.delete(name)

    def size(self, name):
        return self._disk.size(name)

    def url(self, name, parameters=None, expire=None):
        query = urlencode({"X-Amz-Signature": "signed", **(parameters or {})})
        return f"https://bucket.example/{name}?{query}"
