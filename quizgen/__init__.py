"""quizgen: turn civics texts into quiz questions a teacher would hand out."""

__version__ = "0.1.0"
