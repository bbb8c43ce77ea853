package reel.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reel.http.ByteRange;
import reel.http.MultipartByteranges;
import reel.http.Reply;
import reel.media.MediaFile;

/**
 * The entity of a 200 or 206 for a media file: its headers and the segments to write in order,
 * with the exact length known before the first byte goes out.
 */
public record ResponseBody(String contentType, long contentLength, Optional<String> contentRange, List<Segment> segments) {

    /** A piece of the body: literal bytes (multipart framing) or a region of the file. */
    sealed interface Segment permits Bytes, FileRegion {
    }

    record Bytes(byte[] bytes) implements Segment {
    }

    record FileRegion(ByteRange range) implements Segment {
    }

    public ResponseBody {
        segments = List.copyOf(segments);
    }

    static ResponseBody whole(MediaFile file) {
        List<Segment> segments = file.size() == 0
                ? List.of()
                : List.of(new FileRegion(new ByteRange(0, file.size() - 1)));
        return new ResponseBody(file.mediaType(), file.size(), Optional.empty(), segments);
    }

    static ResponseBody partial(Reply.Partial reply, MediaFile file) {
        ByteRange range = reply.range();
        return new ResponseBody(file.mediaType(), range.length(),
                Optional.of(range.contentRange(file.size())), List.of(new FileRegion(range)));
    }

    static ResponseBody multipart(Reply.Multipart reply, MediaFile file) {
        MultipartByteranges framing = MultipartByteranges.of(reply, file.mediaType(), file.size());
        List<Segment> segments = new ArrayList<>();
        for (MultipartByteranges.Part part : framing.parts()) {
            segments.add(new Bytes(part.head()));
            segments.add(new FileRegion(part.range()));
        }
        segments.add(new Bytes(framing.closing()));
        return new ResponseBody(MultipartByteranges.contentType(reply), framing.contentLength(),
                Optional.empty(), segments);
    }
}
