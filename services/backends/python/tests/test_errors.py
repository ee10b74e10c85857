"""The exception → protocol code mapping, in process (no grpc, no torch)."""

from __future__ import annotations

import unittest

from framefleet_backend import Cancelled, InvalidInput, OutOfMemory, classify, is_out_of_memory


class OutOfMemoryError(RuntimeError):
    """A local stand-in named like torch.cuda.OutOfMemoryError."""


class SubOutOfMemory(OutOfMemoryError):
    pass


class ErrorMappingTest(unittest.TestCase):
    def test_typed_errors_keep_their_code_and_message(self) -> None:
        self.assertEqual(classify(InvalidInput("no such metric x")), ("invalid_input", "no such metric x"))
        self.assertEqual(classify(OutOfMemory("too big")), ("resource_exhausted", "too big"))
        self.assertEqual(classify(Cancelled("task cancelled")), ("cancelled", "task cancelled"))

    def test_torch_oom_is_recognised_by_class_name_and_subclass(self) -> None:
        self.assertEqual(classify(OutOfMemoryError("Tried to allocate 2 GiB"))[0], "resource_exhausted")
        self.assertEqual(classify(SubOutOfMemory("x"))[0], "resource_exhausted")

    def test_old_torch_oom_is_recognised_by_message(self) -> None:
        exc = RuntimeError("CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 79.1 GiB total)")
        self.assertEqual(classify(exc)[0], "resource_exhausted")

    def test_the_cpu_allocators_failure_is_resource_exhausted(self) -> None:
        # torch 1.13's exact text (the real one is provoked in test_torch_examples).
        exc = RuntimeError("[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate 1125899906842624 bytes. Error code 12 (Cannot allocate memory)")
        self.assertEqual(classify(exc)[0], "resource_exhausted")
        self.assertEqual(classify(RuntimeError("can't allocate a tuple here"))[0], "backend_failed")

    def test_oom_as_the_cause_of_a_wrapping_error(self) -> None:
        try:
            try:
                raise OutOfMemoryError("inner")
            except OutOfMemoryError as inner:
                raise ValueError("pipeline failed") from inner
        except ValueError as outer:
            self.assertTrue(is_out_of_memory(outer))
            self.assertEqual(classify(outer), ("resource_exhausted", "pipeline failed"))

    def test_other_errors_are_backend_failed_with_the_class_name(self) -> None:
        self.assertEqual(classify(KeyError("latents")), ("backend_failed", "KeyError: 'latents'"))
        self.assertEqual(classify(RuntimeError()), ("backend_failed", "RuntimeError: RuntimeError"))
        # Host RAM is not the GPU memory the worker's placement manages.
        self.assertEqual(classify(MemoryError("host"))[0], "backend_failed")
        self.assertFalse(is_out_of_memory(RuntimeError("out of range")))

    def test_invalid_input_wins_over_an_oom_looking_message(self) -> None:
        self.assertEqual(classify(InvalidInput("CUDA out of memory in the file name"))[0], "invalid_input")


if __name__ == "__main__":
    unittest.main()
